/**
 * PixiJS is fetched only when an image is shown (budgets.md: a page without canvas-drawn objects loads
 * ≤ 60 KB of our code). This file runs in its own page, so nothing before it has loaded Pixi.
 */
import { expect } from '@open-wc/testing';
import { mountWorkspace } from '../workspace-fixture.js';
import { makeImage, painted } from './image-fixture.js';

// the test harness itself loads hundreds of modules: keep every entry, not just the first 250
performance.setResourceTimingBufferSize(100_000);

function loaded(part: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(part));
}

describe('<label-image-view>: lazy renderer', () => {
  it('loads no Pixi for a classification config, and loads it when an image appears', async () => {
    await mountWorkspace(
      `<View><Text name="t" value="$text"/><Choices name="c" toName="t"><Choice value="A"/></Choices></View>`,
      { data: { text: 'hello' } },
    );
    expect(loaded('pixi')).to.equal(false);
    expect(loaded('render/image/index')).to.equal(false);
    const ws = await mountWorkspace(`<View><Image name="img" value="$image"/></View>`, {
      data: { image: await makeImage(40, 30) },
    });
    await painted(ws);
    expect(loaded('pixi')).to.equal(true);
    expect(loaded('render/image/index')).to.equal(true);
  });
});
