import { expect } from '@open-wc/testing';
import { canonicalAttrName, getTagSpec, tagSpecs } from '../../src/config/index.js';

/** The 61 tags of ls-tag-attributes.json (its `Magicwand` is spelled as configs spell it). */
// prettier-ignore
const LABEL_STUDIO_TAGS = [
  'Audio', 'Bitmask', 'BitmaskLabels', 'Brush', 'BrushLabels', 'Bucket', 'Channel', 'Chat', 'Choice', 'Choices',
  'Collapse', 'DateTime', 'Dialog', 'Ellipse', 'EllipseLabels', 'Filter', 'Header', 'HyperText', 'HyperTextLabels',
  'Image', 'KeyPoint', 'KeyPointLabels', 'Label', 'Labels', 'List', 'MagicWand', 'Markdown', 'MultiChannel',
  'Number', 'OcrLabels', 'Pairwise', 'Panel', 'ParagraphLabels', 'Paragraphs', 'Pdf', 'Polygon', 'PolygonLabels',
  'Ranker', 'Rating', 'ReactCode', 'Rectangle', 'RectangleLabels', 'Relation', 'Relations', 'Repeater', 'Shortcut',
  'Style', 'Table', 'Taxonomy', 'Text', 'TextArea', 'TimeSeries', 'TimeSeriesLabels', 'TimelineLabels', 'Vector',
  'VectorLabels', 'Video', 'VideoRectangle', 'VideoVector', 'VideoVectorLabels', 'View',
];

// prettier-ignore
const RENDERED = [
  'View', 'Header', 'Style', 'Collapse', 'Panel', 'Filter', 'Text', 'HyperText', 'Table', 'List', 'Image', 'Audio',
  'Paragraphs', 'Choices', 'Choice', 'TextArea', 'Shortcut', 'Rating', 'Number', 'DateTime', 'Taxonomy', 'Pairwise',
  'Ranker', 'Bucket', 'Labels', 'Label', 'RectangleLabels', 'Rectangle', 'PolygonLabels', 'Polygon', 'EllipseLabels',
  'Ellipse', 'KeyPointLabels', 'KeyPoint', 'BrushLabels', 'Brush', 'HyperTextLabels', 'ParagraphLabels', 'Relations',
  'Relation', 'Repeater', 'Markdown',
];

describe('tag registry', () => {
  it('has exactly one spec per Label Studio tag', () => {
    expect(tagSpecs.map((spec) => spec.name).sort()).to.deep.equal([...LABEL_STUDIO_TAGS].sort());
  });

  it('marks what the product draws as rendered, and nothing else', () => {
    const rendered = tagSpecs.filter((spec) => spec.rendered).map((spec) => spec.name);
    expect(rendered.sort()).to.deep.equal([...RENDERED].sort());
  });

  it('finds tags in any letter case and through aliases', () => {
    expect(getTagSpec('header')?.name).to.equal('Header');
    expect(getTagSpec('Textarea')?.name).to.equal('TextArea');
    expect(getTagSpec('textarea')?.name).to.equal('TextArea');
    expect(getTagSpec('AudioPlus')?.name).to.equal('Audio');
    expect(getTagSpec('magicwand')?.name).to.equal('MagicWand');
    expect(getTagSpec('CustomInterface')?.name).to.equal('ReactCode');
    expect(getTagSpec('Unknown')).to.equal(undefined);
    expect(getTagSpec('__proto__')).to.equal(undefined);
    expect(getTagSpec('constructor')).to.equal(undefined);
  });

  it('canonicalises attribute names case-insensitively and lower-cases unknown ones', () => {
    const choices = getTagSpec('Choices');
    expect(canonicalAttrName(choices, 'showinline')).to.equal('showInline');
    expect(canonicalAttrName(choices, 'showInLine')).to.equal('showInline');
    expect(canonicalAttrName(choices, 'toname')).to.equal('toName');
    expect(canonicalAttrName(choices, 'sharedStoreX')).to.equal('sharedstorex');
    expect(canonicalAttrName(undefined, 'FooBar')).to.equal('foobar');
  });

  it('uses Label Studio code defaults where code and docs disagree (ls-spec §10.1)', () => {
    const image = getTagSpec('Image')!.attrs;
    expect(image.zoom.default).to.equal(true);
    expect(image.zoomControl.default).to.equal(true);
    expect(image.maxWidth.default).to.equal('100%');
    expect(getTagSpec('Labels')!.attrs.opacity.default).to.equal(0.2);
    expect(getTagSpec('Rectangle')!.attrs.opacity.default).to.equal(0.2);
    expect(getTagSpec('Polygon')!.attrs.opacity.default).to.equal(0.2);
    expect(getTagSpec('Polygon')!.attrs.strokeWidth.default).to.equal(2);
    expect(getTagSpec('KeyPoint')!.attrs.strokeWidth.default).to.equal(2);
    expect(getTagSpec('Relations')!.attrs.choice.default).to.equal('multiple');
    expect(getTagSpec('Taxonomy')!.attrs.pathSeparator.default).to.equal(' / ');
    expect(getTagSpec('Video')!.attrs.minPlaybackSpeed.default).to.equal(0.25);
    expect(getTagSpec('Rating')!.attrs.hotkey.required).to.not.equal(true);
    expect(getTagSpec('View')!.attrs.display.required).to.not.equal(true);
    expect(getTagSpec('View')!.attrs.display.default).to.equal('block');
    expect(getTagSpec('Choices')!.attrs.layout.default).to.equal('vertical');
    expect(getTagSpec('Brush')!.attrs.strokeWidth.default).to.equal(15);
  });

  it('gives result types and value keys as ls-spec §5.2 lists them', () => {
    const shape = (name: string) => [getTagSpec(name)?.resultType, getTagSpec(name)?.valueKey];
    expect(shape('RectangleLabels')).to.deep.equal(['rectanglelabels', 'rectanglelabels']);
    expect(shape('Rectangle')).to.deep.equal(['rectangle', undefined]);
    expect(shape('TextArea')).to.deep.equal(['textarea', 'text']);
    expect(shape('Pairwise')).to.deep.equal(['pairwise', 'selected']);
    expect(shape('VideoRectangle')).to.deep.equal(['videorectangle', 'labels']);
    expect(shape('VideoVectorLabels')).to.deep.equal(['videovectorlabels', 'labels']);
    expect(shape('Ranker')).to.deep.equal(['ranker', 'ranker']);
    expect(shape('Number')).to.deep.equal(['number', 'number']);
    expect(shape('Relations')).to.deep.equal(['relation', undefined]);
    expect(shape('MagicWand')).to.deep.equal(['magicwand', undefined]);
    expect(shape('Chat')).to.deep.equal(['chatmessage', undefined]);
    expect(shape('ReactCode')).to.deep.equal(['reactcode', undefined]);
    for (const spec of tagSpecs.filter((candidate) => candidate.kind === 'control')) {
      expect(spec.resultType, spec.name).to.be.a('string');
    }
  });

  it('restricts the controls §2.9 names to Image or HyperText, and no others', () => {
    const restricted = Object.fromEntries(
      tagSpecs.filter((spec) => spec.objectTypes).map((spec) => [spec.name, spec.objectTypes]),
    );
    expect(restricted).to.deep.equal({
      RectangleLabels: ['Image'],
      PolygonLabels: ['Image'],
      Polygon: ['Image'],
      KeyPointLabels: ['Image'],
      BrushLabels: ['Image'],
      BitmaskLabels: ['Image'],
      Vector: ['Image'],
      VectorLabels: ['Image'],
      HyperTextLabels: ['HyperText'],
    });
  });

  it('lists the parents of option tags (§2.9)', () => {
    expect(getTagSpec('Choice')!.parents).to.deep.equal(['Choices', 'Taxonomy']);
    expect(getTagSpec('Label')!.parents).to.include.members([
      'Labels',
      'RectangleLabels',
      'TimeSeriesLabels',
    ]);
    expect(getTagSpec('Channel')!.parents).to.deep.equal(['TimeSeries']);
    expect(getTagSpec('Panel')!.parents).to.deep.equal(['Collapse']);
    expect(getTagSpec('Relation')!.parents).to.deep.equal(['Relations']);
  });

  it('marks the attributes that honour $variables (§3) and no others', () => {
    const variables = (name: string) =>
      Object.entries(getTagSpec(name)!.attrs)
        .filter(([, attr]) => attr.variable)
        .map(([attrName]) => attrName)
        .sort();
    expect(variables('Image')).to.deep.equal(['value', 'valueList']);
    expect(variables('Header')).to.deep.equal(['value']);
    expect(variables('Choices')).to.deep.equal(['value']);
    expect(variables('Taxonomy')).to.deep.equal(['apiUrl', 'value']);
    expect(variables('Paragraphs')).to.deep.equal(['audioUrl', 'value']);
    expect(variables('Video')).to.deep.equal([
      'defaultPlaybackSpeed',
      'frameRate',
      'minPlaybackSpeed',
      'value',
    ]);
    expect(variables('Repeater')).to.deep.equal(['on']);
    expect(variables('TextArea')).to.deep.equal(['value']);
    expect(variables('Relation')).to.deep.equal([]);
    for (const spec of tagSpecs.filter((candidate) => candidate.kind === 'object')) {
      expect(spec.attrs.value?.variable, spec.name).to.equal(true);
    }
  });

  it('gives every enumeration default one of its own values', () => {
    for (const spec of tagSpecs) {
      for (const [name, attr] of Object.entries(spec.attrs)) {
        if (Array.isArray(attr.type) && attr.default !== undefined) {
          expect(attr.type, `${spec.name}.${name}`).to.include(attr.default);
        }
      }
    }
  });
});
