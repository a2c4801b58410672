import { expect } from '@open-wc/testing';
import {
  ORIGINAL_LIST_COLUMN,
  columnItems,
  listItems,
  moveItem,
  neighbourItem,
  placementOf,
  rankerBoard,
  rankingPayload,
  readRanking,
  sameRanking,
  stepPlacement,
  type RankerBoard,
} from '../../../src/model/controls/ranker.js';
import { node } from './config-nodes.js';

/** The `ranker_buckets` fixture's data. */
const items = [
  { id: 'blog', title: '10 tips to write a better function', body: 'There is nothing worse…' },
  { id: 'mdn', title: 'Arrow function expressions', body: 'An arrow function expression…' },
  { id: 'wiki', title: 'Arrow (computer science)', body: 'In computer science…' },
];

function list(data: unknown = items) {
  return node('List', { name: 'results', title: 'Search Results' }, [], { value: data });
}

function plainBoard(): RankerBoard {
  return rankerBoard(node('Ranker', { name: 'rank', toName: 'results' }), list());
}

function bucketBoard(defaultBucket?: string): RankerBoard {
  const bucket = (name: string, title: string) =>
    node('Bucket', { name, title, ...(defaultBucket === name ? { default: true } : {}) });
  return rankerBoard(
    node('Ranker', { name: 'rank' }, [bucket('best', 'Best results'), bucket('ads', 'Paid results')]),
    list(),
  );
}

const ids = (board: RankerBoard, ranking: Parameters<typeof columnItems>[1]) =>
  Object.fromEntries(
    [...columnItems(board, ranking)].map(([column, shown]) => [column, shown.map((i) => i.id)]),
  );

describe('ranker model', () => {
  it('reads List items, stringifying ids and skipping entries it cannot rank', () => {
    const read = listItems([
      { id: 7, title: 'seven', body: 3 },
      { title: 'no id' },
      'junk',
      null,
      { id: 7, title: 'again' },
      { id: 'h', html: '<b>x</b>' },
    ]);
    expect(read).to.deep.equal([
      { id: '7', title: 'seven', body: '3', html: undefined },
      { id: 'h', title: '', body: '', html: '<b>x</b>' },
    ]);
    expect(listItems({ not: 'an array' })).to.deep.equal([]);
  });

  it('has one column named after the Ranker when there are no buckets', () => {
    const board = plainBoard();
    expect(board.columns).to.deep.equal([{ id: 'rank', title: 'Search Results' }]);
    expect(board.homeColumn).to.equal('rank');
    expect(readRanking(board, undefined)).to.deep.equal({ rank: ['blog', 'mdn', 'wiki'] });
  });

  it('adds the original list as "_" before the buckets when no bucket is the default', () => {
    const board = bucketBoard();
    expect(board.columns.map((c) => c.id)).to.deep.equal([ORIGINAL_LIST_COLUMN, 'best', 'ads']);
    expect(board.columns[0]!.title).to.equal('Search Results');
    expect(rankingPayload(board, readRanking(board, undefined))).to.deep.equal({
      _: ['blog', 'mdn', 'wiki'],
      best: [],
      ads: [],
    });
  });

  it('starts every item in the default bucket when there is one', () => {
    const board = bucketBoard('ads');
    expect(board.columns.map((c) => c.id)).to.deep.equal(['best', 'ads']);
    expect(rankingPayload(board, readRanking(board, undefined))).to.deep.equal({
      best: [],
      ads: ['blog', 'mdn', 'wiki'],
    });
  });

  it('reads the ranker_buckets annotation: unplaced items show in the original list', () => {
    const board = bucketBoard();
    const ranking = readRanking(board, { best: ['mdn'], ads: ['blog'] });
    expect(ids(board, ranking)).to.deep.equal({ _: ['wiki'], best: ['mdn'], ads: ['blog'] });
  });

  it('reads the legacy flat array (fixture ranker) as the ranking of the Ranker column', () => {
    const board = plainBoard();
    const ranking = readRanking(board, ['wiki', 'blog', 'mdn']);
    expect(ids(board, ranking)).to.deep.equal({ rank: ['wiki', 'blog', 'mdn'] });
    const moved = moveItem(board, ranking, 'mdn', { column: 'rank', index: 0 });
    expect(rankingPayload(board, moved)).to.deep.equal({ rank: ['mdn', 'wiki', 'blog'] });
  });

  it('reorders within a column: the index is the final position', () => {
    const board = plainBoard();
    const start = readRanking(board, undefined);
    expect(moveItem(board, start, 'blog', { column: 'rank', index: 2 }).rank).to.deep.equal([
      'mdn',
      'wiki',
      'blog',
    ]);
    expect(moveItem(board, start, 'wiki', { column: 'rank', index: 0 }).rank).to.deep.equal([
      'wiki',
      'blog',
      'mdn',
    ]);
    expect(moveItem(board, start, 'blog', { column: 'rank', index: 1 }).rank).to.deep.equal([
      'mdn',
      'blog',
      'wiki',
    ]);
  });

  it('moves between columns and writes what Label Studio 1.22 writes', () => {
    const board = bucketBoard();
    const ranking = readRanking(board, { best: ['mdn'], ads: ['blog'] });
    const moved = moveItem(board, ranking, 'wiki', { column: 'best', index: 99 });
    expect(rankingPayload(board, moved)).to.deep.equal({ _: [], best: ['mdn', 'wiki'], ads: ['blog'] });
    expect(Object.keys(rankingPayload(board, moved))).to.deep.equal(['_', 'best', 'ads']);
    expect(placementOf(board, moved, 'wiki')).to.deep.equal({ column: 'best', index: 1 });
  });

  it('keeps columns and ids the config does not know, and never lists an item twice', () => {
    const board = bucketBoard();
    const ranking = readRanking(board, { old: ['blog', 'gone'], best: ['ghost', 'mdn'] });
    // blog sits only in an unknown column: it shows in the original list
    expect(ids(board, ranking)).to.deep.equal({ _: ['blog', 'wiki'], best: ['mdn'], ads: [] });
    const moved = moveItem(board, ranking, 'blog', { column: 'best', index: 0 });
    const payload = rankingPayload(board, moved);
    expect(payload).to.deep.equal({ _: ['wiki'], best: ['ghost', 'blog', 'mdn'], ads: [], old: ['gone'] });
    expect(Object.keys(payload)).to.deep.equal(['_', 'best', 'ads', 'old']);
  });

  it('shows an item listed in two columns once, in the first', () => {
    const board = bucketBoard();
    expect(ids(board, readRanking(board, { best: ['mdn'], ads: ['mdn', 'blog'] }))).to.deep.equal({
      _: ['wiki'],
      best: ['mdn'],
      ads: ['blog'],
    });
  });

  it('appends items new in the data to the home column', () => {
    const board = plainBoard();
    expect(ids(board, readRanking(board, { rank: ['wiki'] }))).to.deep.equal({
      rank: ['wiki', 'blog', 'mdn'],
    });
  });

  it('writes hostile column names as keys, never as a prototype', () => {
    const board = rankerBoard(
      node('Ranker', { name: 'rank' }, [node('Bucket', { name: '__proto__', title: 'p' })]),
      list(),
    );
    const payload = rankingPayload(
      board,
      moveItem(board, readRanking(board, undefined), 'mdn', { column: '__proto__', index: 0 }),
    );
    expect(Object.keys(payload)).to.deep.equal(['_', '__proto__']);
    expect(JSON.parse(JSON.stringify(payload))).to.deep.equal(
      JSON.parse('{"_":["blog","wiki"],"__proto__":["mdn"]}'),
    );
    expect(({} as Record<string, unknown>).mdn).to.equal(undefined);
  });

  it('compares rankings column by column', () => {
    expect(sameRanking({ a: ['1', '2'] }, { a: ['1', '2'], b: [] })).to.equal(true);
    expect(sameRanking({ a: ['1', '2'] }, { a: ['2', '1'] })).to.equal(false);
  });

  it('has no items when the List has no data', () => {
    const board = rankerBoard(node('Ranker', { name: 'rank' }), undefined);
    expect(board.items.size).to.equal(0);
    expect(readRanking(board, undefined)).to.deep.equal({ rank: [] });
  });
});

describe('ranker keyboard steps', () => {
  const board = bucketBoard();
  // _: [wiki], best: [mdn, blog], ads: []
  const ranking = readRanking(board, { best: ['mdn', 'blog'], ads: [] });

  it('moves a held item within its column, stopping at the ends', () => {
    expect(stepPlacement(board, ranking, 'blog', 'up')).to.deep.equal({ column: 'best', index: 0 });
    expect(stepPlacement(board, ranking, 'mdn', 'up')).to.deep.equal({ column: 'best', index: 0 });
    expect(stepPlacement(board, ranking, 'mdn', 'down')).to.deep.equal({ column: 'best', index: 1 });
    expect(stepPlacement(board, ranking, 'blog', 'down')).to.deep.equal({ column: 'best', index: 1 });
    expect(stepPlacement(board, ranking, 'mdn', 'last')).to.deep.equal({ column: 'best', index: 1 });
  });

  it('moves a held item to the neighbouring column, into empty ones too', () => {
    expect(stepPlacement(board, ranking, 'blog', 'right')).to.deep.equal({ column: 'ads', index: 0 });
    expect(stepPlacement(board, ranking, 'blog', 'left')).to.deep.equal({ column: '_', index: 1 });
    expect(stepPlacement(board, ranking, 'wiki', 'left')).to.deep.equal({ column: '_', index: 0 });
  });

  it('moves focus between items, skipping empty columns', () => {
    expect(neighbourItem(board, ranking, 'mdn', 'down')).to.equal('blog');
    expect(neighbourItem(board, ranking, 'blog', 'left')).to.equal('wiki');
    expect(neighbourItem(board, ranking, 'wiki', 'right')).to.equal('mdn');
    expect(neighbourItem(board, ranking, 'mdn', 'right')).to.equal('mdn');
  });
});
