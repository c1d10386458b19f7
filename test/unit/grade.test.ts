import { gradeFor, hundredthsHalfUp } from '../../src/core/ita/grade';

describe('hundredthsHalfUp', () => {
  it.each([
    [94.995, 9500],
    [88.575, 8858],
    [84.994, 8499],
    [0, 0],
    [100, 10000],
    [0.005, 1],
    [27.005, 2701],
  ])('%p → %p hundredths', (value, expected) => {
    expect(hundredthsHalfUp(value)).toBe(expected);
  });
});

describe('gradeFor', () => {
  it.each([
    [100, 'AA'],
    [95, 'AA'],
    [94.995, 'AA'],
    [94.994, 'A'],
    [85, 'A'],
    [84.99, 'B'],
    [75, 'B'],
    [74.99, 'C'],
    [65, 'C'],
    [55, 'D'],
    [54.99, 'E'],
    [50, 'E'],
    [49.99, 'F'],
    [0, 'F'],
  ])('%p → %s', (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });
});
