import { contrastRatio, luminance, sequentialColor, textOn, viridis } from './palette';

describe('palette', () => {
  it('runs viridis from dark purple to yellow, getting lighter all the way', () => {
    expect(viridis(0)).toBe('#440154');
    expect(viridis(1)).toBe('#fde725');
    const steps = Array.from({ length: 21 }, (_, i) => luminance(viridis(i / 20)));
    steps.slice(1).forEach((l, i) => expect(l).toBeGreaterThan(steps[i]!));
  });

  it('prints cell values with at least 4.5:1 contrast anywhere on the scale', () => {
    for (let score = 1; score <= 5.0001; score += 0.05) {
      const fill = sequentialColor(score, 1, 5);
      expect(contrastRatio(fill, textOn(fill))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps low and high scores apart for colour-blind readers (lightness differs, not only hue)', () => {
    expect(contrastRatio(sequentialColor(3.3, 1, 5), sequentialColor(4.5, 1, 5))).toBeGreaterThan(1.5);
  });
});
