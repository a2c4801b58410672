/**
 * Parsing time grows linearly with the size of the expanded tree (bad-inputs S16): four times the
 * pages take about four times as long, not sixteen.
 */
import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/config/index.js';
import { fastestOf } from './support/timing.js';

const CONFIG = `<View>
  <Repeater on="$pages" mode="pagination">
    <Image name="page_{{idx}}" value="$pages[{{idx}}].url"/>
    <RectangleLabels name="labels_{{idx}}" toName="page_{{idx}}"><Label value="A"/><Label value="B"/></RectangleLabels>
    <Taxonomy name="tax_{{idx}}" toName="page_{{idx}}" perRegion="true">
      ${Array.from({ length: 20 }, (_, i) => `<Choice value="c${i}"><Choice value="c${i}-a"/><Choice value="c${i}-b"/></Choice>`).join('')}
    </Taxonomy>
  </Repeater>
</View>`;

function bestTime(pages: number): number {
  const data = { pages: Array.from({ length: pages }, (_, i) => ({ url: `https://example.com/${i}.png` })) };
  const { result, ms } = fastestOf(3, () => parseConfig(CONFIG, data));
  expect(result.errors).to.deep.equal([]);
  return ms;
}

describe('parse time', () => {
  it('grows linearly with the number of Repeater pages', () => {
    bestTime(50); // warm up the JIT, so both sizes are measured alike
    const small = bestTime(200);
    const large = bestTime(800);
    expect(large / small, `${small.toFixed(0)} ms → ${large.toFixed(0)} ms`).to.be.below(12); // 4 when linear, 16 when quadratic; noise needs room
  });

  // Well-formed megabytes are real work (50 000 elements; fast-xml-parser's validator alone takes
  // ~200 ms on 60 000 attributes); the bound guards against anything superlinear.
  it('refuses or parses any megabyte-sized config without super-linear blow-up', () => {
    const inputs = [
      `<View>${'<Header value="x"/>'.repeat(50_000)}</View>`,
      `<View>${'<View>'.repeat(99)}${'</View>'.repeat(99)}${'<Foo/>'.repeat(100_000)}</View>`,
      `<View><Header value="${'&amp;'.repeat(190_000)}"/></View>`,
      `<View><Header value="${'&'.repeat(990_000)}"/></View>`,
      `<View ${Array.from({ length: 60_000 }, (_, i) => `a${i}="1"`).join(' ')}/>`,
      `<View>${'<'.repeat(990_000)}</View>`,
    ];
    for (const xml of inputs) {
      const { result, ms } = fastestOf(2, () => parseConfig(xml));
      expect(ms, `${xml.slice(0, 40)}… took ${ms.toFixed(0)} ms`).to.be.below(10_000);
      expect(result.errors.length).to.be.at.most(201);
    }
  });
});
