/** Mirroring a chart for a right-to-left page (src/charts/mirror.ts). */
import { describe, expect, test } from 'vitest';
import { mirrorSvg } from '../../../src/charts/mirror';

describe('mirrorSvg', () => {
  test('reflects shapes and sets text right to left from the reflected point', () => {
    const svg = '<svg><rect x="10" y="0" width="30" height="5"/><circle cx="25" cy="1" r="2"/><line x1="0" x2="100" y1="0" y2="0"/>' +
      '<text x="5" y="10"><tspan x="5" y="10">a</tspan></text><text x="50" text-anchor="middle">m</text><path d="M0 0h100"/></svg>';
    const out = mirrorSvg(svg, 100);
    expect(out).toContain('<rect x="60" y="0" width="30" height="5"/>');
    expect(out).toContain('<circle cx="75" cy="1" r="2"/>');
    expect(out).toContain('<line x1="100" x2="0" y1="0" y2="0"/>');
    expect(out).toContain('<text x="95" y="10" direction="rtl"><tspan x="95" y="10">a</tspan>');
    expect(out).toContain('<text x="50" text-anchor="middle" direction="rtl">');
    expect(out).toContain('<path d="M0 0h100"/>');
  });
});
