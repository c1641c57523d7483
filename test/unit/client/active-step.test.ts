import { describe, expect, test } from 'vitest';
import { activeStep } from '../../../src/client/active-step';

const boxes = [
  { top: -900, bottom: -100 },
  { top: -100, bottom: 700 },
  { top: 800, bottom: 1600 },
];

describe('activeStep', () => {
  test('picks the step whose box contains the reading line', () => {
    expect(activeStep(boxes, 400)).toBe(1);
  });
  test('in a gap between steps, keeps the last step whose top has passed the line', () => {
    expect(activeStep(boxes, 750)).toBe(1);
  });
  test('before the first step, the first step is active', () => {
    expect(activeStep([{ top: 500, bottom: 900 }, { top: 900, bottom: 1300 }], 100)).toBe(0);
  });
  test('after the last step, the last step stays active', () => {
    expect(activeStep(boxes.map((b) => ({ top: b.top - 3000, bottom: b.bottom - 3000 })), 400)).toBe(2);
  });
});
