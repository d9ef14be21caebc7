import { zoomDomain } from './drift-shaping';

describe('zoomDomain', () => {
  it('zooms the y-axis to the data shown, rounded out to tens and at least 20 tall', () => {
    expect(zoomDomain([84, 91, null, 88])).toEqual([70, 100]);
    expect(zoomDomain([9, 12, 64])).toEqual([0, 70]);
    expect(zoomDomain([50, 51])).toEqual([40, 60]);
    expect(zoomDomain([99, 100])).toEqual([80, 100]);
    expect(zoomDomain([null, undefined])).toEqual([0, 100]);
  });
});
