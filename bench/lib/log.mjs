// Progress notes go to stderr so stdout holds nothing but the figures, one a line.
export const log = (...args) => console.error('·', ...args);
