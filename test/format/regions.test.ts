import { expect } from '@open-wc/testing';
import { classificationItem, importTask, readRegions, writeRegionItems } from '../../src/format/index.js';
import type { ImageMedia, LSResult, Region } from '../../src/format/index.js';
import { fixtureJson } from './fixtures.js';

/** The first annotation's result of a fixture file, and its regions. */
async function fixtureRegions(path: string, objectTag?: (toName: string) => string | undefined) {
  const { result, usable } = importTask(await fixtureJson(path)).annotations[0];
  return { result, ...readRegions(result, { usable, objectTag }) };
}

/** Writes a region read from Label Studio's items back, as the store would after an edit. */
function rewrite(region: Region, items: readonly LSResult[]): LSResult[] {
  const first = items[region.items[0]];
  const tool = items.find((item) => item.from_name === region.tool.fromName && item.id === region.id)!;
  return writeRegionItems({
    id: region.id!,
    toName: region.toName,
    tool: { name: region.tool.fromName, type: region.tool.type },
    geometry: region.geometry,
    labels: region.labels.map((l) => ({ fromName: l.fromName, type: l.type, values: l.values })),
    media: first.original_width === undefined ? undefined : (first as unknown as ImageMedia),
    itemIndex: first.item_index,
    origin: tool.origin,
  });
}

describe('readRegions', () => {
  it('reads the split form (tool + labels items sharing an id) from image_tools', async () => {
    const { regions, relations } = await fixtureRegions('image_tools/annotations/1.json');
    expect(regions.map((r) => [r.id, r.kind, r.tool.type, r.items])).to.deep.equal([
      ['kuZf2E5DRQ', 'rectangle', 'rectangle', [0, 1]],
      ['wkl8d6uPq5', 'rectangle', 'rectangle', [2, 3]],
      ['YnhRme7NvX', 'ellipse', 'ellipse', [4, 5]],
      ['VGt7HG67jC', 'keypoint', 'keypoint', [6, 7]],
      ['9hpVsgSqkq', 'keypoint', 'keypoint', [8, 9]],
      ['iqA86dtU2m', 'keypoint', 'keypoint', [10, 11]],
      ['3-21_8nfMb', 'polygon', 'polygon', [12, 13]],
      ['wZ0I2XlKw1', 'brush', 'brush', [14, 15]],
      ['dYjaasY56i', 'rectangle', 'rectanglelabels', [16]],
      ['tFnfajSEZh', 'rectangle', 'rectanglelabels', [17]],
    ]);
    const [first] = regions;
    expect(first.toName).to.equal('image');
    expect(first.geometry).to.deep.equal({
      x: 48.26666666666667,
      y: 14.941302027748133,
      width: 12.666666666666666,
      height: 10.885805763073638,
      rotation: 0,
    });
    expect(first.labels).to.deep.equal([{ fromName: 'labels', type: 'labels', values: ['Moonwalker'] }]);
    expect(regions[6].labels[0].values).to.deep.equal(['Planet']);
    expect(relations).to.deep.equal([
      { fromId: 'wkl8d6uPq5', toId: 'kuZf2E5DRQ', direction: 'right', labels: [], item: 18 },
      { fromId: 'YnhRme7NvX', toId: '3-21_8nfMb', direction: 'right', labels: [], item: 19 },
    ]);
  });

  it('reads the merged form (`rectanglelabels`) from image_bbox and image_bbox_large', async () => {
    const bbox = importTask(await fixtureJson('image_bbox/annotations/1.json'));
    const large = await fixtureRegions('image_bbox_large/annotations/1.json');
    const regions = [...bbox.annotations, ...bbox.predictions]
      .flatMap((set) => readRegions(set.result, { usable: set.usable }).regions)
      .concat(large.regions);
    expect(regions).to.have.length(3 + 200);
    for (const region of regions) {
      expect(region.kind).to.equal('rectangle');
      expect(region.tool).to.deep.equal({ fromName: 'tag', type: 'rectanglelabels' });
      expect(region.items).to.have.length(1);
      expect(region.labels).to.have.length(1);
      expect(region.labels[0].fromName).to.equal('tag');
      expect(region.labels[0].values).to.have.length(1);
      expect(Object.keys(region.geometry).sort()).to.deep.equal(['height', 'rotation', 'width', 'x', 'y']);
    }
    expect(regions[0].id).to.equal('Dx_aB91ISN');
    expect(regions[0].labels[0].values).to.deep.equal(['Moonwalker']);
  });

  it('tells span kinds apart by type, shape, and the object when the shape cannot', async () => {
    const kinds = async (path: string, objectTag?: (toName: string) => string | undefined) =>
      (await fixtureRegions(path, objectTag)).regions.map((region) => region.kind);
    expect(await kinds('named_entity/annotations/1.json')).to.deep.equal(['span']);
    expect(await kinds('rich_text_html/annotations/1.json')).to.include('hypertext');
    expect(await kinds('phrases/annotations/1.json')).to.deep.equal(['paragraph']);
    expect(await kinds('timeseries/annotations/1.json')).to.deep.equal(['timeseries', 'timeseries']);
    expect(await kinds('video_bboxes/annotations/1.json')).to.deep.equal(['video', 'video', 'video']);
    // audio_regions' labels items carry neither `channel` nor `original_length`: they read as text
    // spans unless the config says `audio` is an Audio tag
    expect(await kinds('audio_regions/annotations/1.json')).to.deep.equal(['classification', 'span', 'span']);
    expect(
      await kinds('audio_regions/annotations/1.json', (name) => (name === 'audio' ? 'Audio' : undefined)),
    ).to.deep.equal(['classification', 'audio', 'audio']);
    expect(await kinds('classification_mixed/annotations/1.json')).to.deep.equal(
      Array(5).fill('classification'),
    );
  });

  it('skips items marked unusable and items that are not results', () => {
    const items = [
      { id: 'a', from_name: 'c', to_name: 't', type: 'choices', value: { choices: ['A'] } },
      42,
      { id: 'b', from_name: 'c', to_name: 't', type: 'choices', value: { choices: ['B'] } },
    ] as unknown as LSResult[];
    const { regions } = readRegions(items, { usable: [true, false, false] });
    expect(regions.map((r) => r.id)).to.deep.equal(['a']);
    expect(readRegions(items).regions.map((r) => r.id)).to.deep.equal(['a', 'b']);
  });
});

describe('writeRegionItems and classificationItem write what Label Studio writes', () => {
  for (const path of [
    'image_tools/annotations/1.json',
    'image_magic_wand/annotations/1.json',
    'image_list_large/annotations/1.json',
  ]) {
    it(`rewrites every region of ${path} to the same items, key order included`, async () => {
      const { result, regions } = await fixtureRegions(path);
      expect(regions.length).to.be.greaterThan(0);
      for (const region of regions) {
        const original = region.items.map((i) => result[i]);
        expect(JSON.stringify(rewrite(region, result))).to.equal(JSON.stringify(original));
      }
    });
  }

  it('writes classifications as classification_mixed has them', async () => {
    const { result } = await fixtureRegions('classification_mixed/annotations/1.json');
    const classifications = result.filter(
      (item) => item.origin === 'manual' && !item.type.endsWith('labels'),
    );
    expect(classifications.map((item) => item.type)).to.deep.equal([
      'number',
      'datetime',
      'textarea',
      'choices',
      'taxonomy',
    ]);
    for (const item of classifications) {
      const key = { textarea: 'text' }[item.type as 'textarea'] ?? item.type;
      const written = classificationItem({
        id: item.id!,
        fromName: item.from_name!,
        toName: item.to_name!,
        type: item.type,
        payload: item.value![key],
      });
      expect(JSON.stringify(written)).to.equal(JSON.stringify(item));
    }
  });

  it('writes a new bare-tool region as a tool item plus one labels item per control', () => {
    const media = { original_width: 800, original_height: 600, image_rotation: 0 };
    const items = writeRegionItems({
      id: 'newRegion1',
      toName: 'image',
      tool: { name: 'poly', type: 'polygon' },
      geometry: {
        points: [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        closed: true,
      },
      labels: [
        { fromName: 'kind', values: ['Road'] },
        { fromName: 'unused', values: [] },
        { fromName: 'empty-ok', values: [], allowEmpty: true },
      ],
      media,
    });
    expect(items).to.deep.equal([
      {
        ...media,
        value: {
          points: [
            [1, 2],
            [3, 4],
            [5, 6],
          ],
          closed: true,
        },
        id: 'newRegion1',
        from_name: 'poly',
        to_name: 'image',
        type: 'polygon',
        origin: 'manual',
      },
      {
        ...media,
        value: {
          points: [
            [1, 2],
            [3, 4],
            [5, 6],
          ],
          closed: true,
          labels: ['Road'],
        },
        id: 'newRegion1',
        from_name: 'kind',
        to_name: 'image',
        type: 'labels',
        origin: 'manual',
      },
      {
        ...media,
        value: {
          points: [
            [1, 2],
            [3, 4],
            [5, 6],
          ],
          closed: true,
          labels: [],
        },
        id: 'newRegion1',
        from_name: 'empty-ok',
        to_name: 'image',
        type: 'labels',
        origin: 'manual',
      },
    ]);
    expect(Object.isFrozen(items[0].value)).to.equal(true);
  });

  it('writes a merged tool with its own picks and other controls as extra items', () => {
    const items = writeRegionItems({
      id: 'r',
      toName: 'image',
      tool: { name: 'box', type: 'rectanglelabels' },
      geometry: { x: 1, y: 2, width: 3, height: 4, rotation: 0 },
      labels: [
        { fromName: 'extra', values: ['Big'] },
        { fromName: 'box', type: 'rectanglelabels', values: ['Car'] },
      ],
    });
    expect(items.map((item) => [item.from_name, item.type, item.value])).to.deep.equal([
      ['box', 'rectanglelabels', { x: 1, y: 2, width: 3, height: 4, rotation: 0, rectanglelabels: ['Car'] }],
      ['extra', 'labels', { x: 1, y: 2, width: 3, height: 4, rotation: 0, labels: ['Big'] }],
    ]);
  });

  it('writes a text span with its Labels control as the tool, and an audio segment with its length first', () => {
    const [text] = writeRegionItems({
      id: 's',
      toName: 'text',
      tool: { name: 'ner', type: 'labels' },
      geometry: { start: 3, end: 8, text: 'hello' },
      labels: [{ fromName: 'ner', values: ['Greeting'] }],
    });
    expect(JSON.stringify(text)).to.equal(
      '{"value":{"start":3,"end":8,"text":"hello","labels":["Greeting"]},"id":"s","from_name":"ner","to_name":"text","type":"labels","origin":"manual"}',
    );
    const [audio] = writeRegionItems({
      id: 'a',
      toName: 'audio',
      tool: { name: 'beats', type: 'labels' },
      geometry: { start: 1.5, end: 2.5, channel: 0 },
      labels: [{ fromName: 'beats', values: ['Beat'] }],
      media: { original_length: 61.2 },
    });
    expect(Object.keys(audio)).to.deep.equal([
      'original_length',
      'value',
      'id',
      'from_name',
      'to_name',
      'type',
      'origin',
    ]);
  });

  it('merges every control’s labels into a video tool’s own item', () => {
    const items = writeRegionItems({
      id: 'v',
      toName: 'video',
      tool: { name: 'box', type: 'videorectangle' },
      geometry: {
        framesCount: 10,
        sequence: [{ frame: 1, enabled: true, x: 1, y: 1, width: 2, height: 2, rotation: 0, time: 0.04 }],
      },
      labels: [
        { fromName: 'kind', values: ['Car'] },
        { fromName: 'colour', values: ['Red', 'Car'] },
      ],
    });
    expect(items).to.have.length(1);
    expect(items[0].value!.labels).to.deep.equal(['Car', 'Red']);
  });

  it('writes optional envelope fields in Label Studio’s order', () => {
    const [item] = writeRegionItems({
      id: 'r',
      toName: 'image',
      tool: { name: 'box', type: 'rectanglelabels' },
      geometry: { x: 1, y: 2, width: 3, height: 4, rotation: 0 },
      media: { original_width: 10, original_height: 10, image_rotation: 90 },
      itemIndex: 2,
      origin: 'prediction-changed',
      meta: { text: ['note'] },
      parentID: 'p',
      score: 0.5,
      readonly: true,
    });
    expect(Object.keys(item)).to.deep.equal([
      'original_width',
      'original_height',
      'image_rotation',
      'item_index',
      'value',
      'meta',
      'parentID',
      'id',
      'from_name',
      'to_name',
      'type',
      'origin',
      'score',
      'readonly',
    ]);
    const perItem = classificationItem({
      id: 'c',
      fromName: 'q',
      toName: 'text',
      type: 'choices',
      payload: ['A'],
      itemIndex: 1,
    });
    expect(Object.keys(perItem)).to.deep.equal([
      'value',
      'id',
      'from_name',
      'to_name',
      'type',
      'origin',
      'item_index',
    ]);
  });

  it('repeats the region geometry in a per-region classification', () => {
    const item = classificationItem({
      id: 'r',
      fromName: 'transcript',
      toName: 'audio',
      type: 'textarea',
      payload: ['hello world'],
      geometry: { start: 1, end: 2, channel: 0 },
      media: { original_length: 30 },
    });
    expect(JSON.stringify(item)).to.equal(
      '{"original_length":30,"value":{"start":1,"end":2,"channel":0,"text":["hello world"]},"id":"r","from_name":"transcript","to_name":"audio","type":"textarea","origin":"manual"}',
    );
  });
});
