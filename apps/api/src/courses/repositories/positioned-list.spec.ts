import { insertionPosition, isSameSet } from './positioned-list';

describe('insertionPosition', () => {
  it('puts a new item at the end when no place is wanted', () => {
    expect(insertionPosition(3, undefined)).toBe(3);
  });

  it('puts it at the wanted place inside the list', () => {
    expect(insertionPosition(3, 0)).toBe(0);
    expect(insertionPosition(3, 2)).toBe(2);
  });

  it('puts it at the end when the wanted place lies past the end', () => {
    expect(insertionPosition(2, 7)).toBe(2);
  });
});

describe('isSameSet', () => {
  it('accepts every item exactly once, in any order', () => {
    expect(isSameSet(['a', 'b', 'c'], ['c', 'a', 'b'])).toBe(true);
  });

  it('refuses a missing, an extra or a repeated item', () => {
    expect(isSameSet(['a', 'b'], ['a'])).toBe(false);
    expect(isSameSet(['a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(isSameSet(['a', 'b'], ['a', 'a'])).toBe(false);
  });
});
