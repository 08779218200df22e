import { roundScore, scoreProblems, weightedScore } from './weighted-score';

const criteria = [
  { key: 'task', title: 'Kehittämistehtävä', weight: 3 },
  { key: 'commitment', title: 'Johdon sitoutuminen', weight: 2 },
  { key: 'team', title: 'Tiimi', weight: 1 },
];

describe('weighted score', () => {
  it('is Σ(score × weight) / Σ weight: (4·3 + 5·2 + 2·1) / 6 = 24 / 6 = 4', () => {
    expect(weightedScore(criteria, { task: 4, commitment: 5, team: 2 })).toBe(4);
  });

  it('keeps the unrounded value: (3·3 + 4·2 + 4·1) / 6 = 21 / 6 = 3.5, (5·3 + 2·2 + 0·1) / 6 = 19 / 6', () => {
    expect(weightedScore(criteria, { task: 3, commitment: 4, team: 4 })).toBe(3.5);
    expect(weightedScore(criteria, { task: 5, commitment: 2, team: 0 })).toBeCloseTo(3.166666, 5);
    expect(roundScore(19 / 6)).toBe(3.17);
    expect(roundScore(null)).toBeNull();
  });

  it('names missing, unknown and out-of-range scores', () => {
    expect(scoreProblems(criteria, { task: 6, commitment: 1.5, other: 1 })).toEqual([
      'scores.team is required',
      'scores.other is not a criterion of this call',
      'scores.task must be an integer from 0 to 5',
      'scores.commitment must be an integer from 0 to 5',
    ]);
    expect(scoreProblems(criteria, { task: 0, commitment: 5, team: 3 })).toEqual([]);
  });
});
