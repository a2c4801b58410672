/** `<label-ranker>` (and a List without a Ranker) in the states an annotator meets, each through a
 *  real `<label-workspace>`. */
import type { Meta } from '@storybook/web-components-vite';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from '../support/workspace-story.js';
import { annotated } from './control-stories.js';
import type { LabelWorkspace } from '../../src/elements/workspace/label-workspace.js';

export default { title: 'Controls/Ranker', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

const results = {
  items: [
    {
      id: 'blog',
      title: '10 tips to write a better function',
      body: 'There is nothing worse than being left in the lurch when it comes to writing a function!',
    },
    {
      id: 'mdn',
      title: 'Arrow function expressions',
      body: 'An arrow function expression is a compact alternative to a traditional function.',
    },
    {
      id: 'wiki',
      title: 'Arrow (computer science)',
      body: 'In computer science, arrows or bolts are a type class…',
    },
  ],
};

const styled = `<Style>
    .htx-ranker-column { background: #eef4ff; }
    .htx-ranker-item { background: #fffdf0; }
  </Style>`;

const ranking = `<View>
  <List name="results" value="$items" title="Search results"/>
  <Ranker name="rank" toName="results"/>
</View>`;

const buckets = (defaultBucket = '') => `<View>
  ${styled}
  <List name="results" value="$items" title="Search results"/>
  <Ranker name="rank" toName="results">
    <Bucket name="best" title="Best results" ${defaultBucket === 'best' ? 'default="true"' : ''}/>
    <Bucket name="ads" title="Paid results"/>
  </Ranker>
</View>`;

/** Plain ranking: drag items, or focus one, press Space and move it with the arrow keys. */
export const Ranking: WorkspaceStory = { args: { config: ranking, task: { data: results } } };

/** An annotation in the old flat form (`{ranker: [ids]}`), read as the ranking. */
export const LegacyResult: WorkspaceStory = {
  args: {
    config: ranking,
    annotationId: 1,
    task: annotated(results, [
      {
        id: 'r1',
        from_name: 'rank',
        to_name: 'results',
        type: 'ranker',
        value: { ranker: ['wiki', 'mdn', 'blog'] },
      },
    ]),
  },
};

/** Buckets: move items from the original list into "Best" and "Paid" (Left/Right while holding one). */
export const Buckets: WorkspaceStory = { args: { config: buckets(), task: { data: results } } };

/** Buckets with an annotation: items not placed stay in the original list. */
export const BucketsFilled: WorkspaceStory = {
  args: {
    config: buckets(),
    annotationId: 1,
    task: annotated(results, [
      {
        id: 'r1',
        from_name: 'rank',
        to_name: 'results',
        type: 'ranker',
        value: { ranker: { best: ['mdn'], ads: ['blog'] } },
      },
    ]),
  },
};

/** A `default="true"` bucket: every item starts there and there is no original-list column. */
export const DefaultBucket: WorkspaceStory = { args: { config: buckets('best'), task: { data: results } } };

/** Items with `html`: rendered through the allow-list (scripts and foreign images are dropped). */
export const HtmlItems: WorkspaceStory = {
  args: {
    config: ranking,
    task: {
      data: {
        items: [
          {
            id: 'a',
            title: 'Formatted',
            html: '<p>Some <b>bold</b> and <i>italic</i> text, and a list:</p><ul><li>one</li><li>two</li></ul>',
          },
          {
            id: 'b',
            title: 'Hostile',
            html: '<img src="https://attacker.example/beacon.gif" alt="(remote image removed)"><script>alert(1)</script><p onclick="alert(2)">Click me: nothing happens.</p>',
          },
        ],
      },
    },
  },
};

/** Read-only: items can be browsed with the keyboard but not moved. */
export const ReadOnly: WorkspaceStory = { args: { ...BucketsFilled.args, readonly: true } };

/** A List that no Ranker ranks: shown as one read-only column. */
export const ListAlone: WorkspaceStory = {
  args: {
    config: `<View>${styled}<List name="results" value="$items" title="Search results"/></View>`,
    task: { data: results },
  },
};

/** An item picked up with the keyboard (Space): it is outlined and moves with the arrow keys. */
export const HoldingAnItem: WorkspaceStory = {
  args: BucketsFilled.args,
  play: async ({ canvasElement }) => {
    const ws = canvasElement.querySelector<LabelWorkspace>('label-workspace');
    if (!ws) return;
    await ws.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const item = ws.shadowRoot
      ?.querySelector('label-ranker')
      ?.shadowRoot?.querySelector<HTMLElement>('[data-item="wiki"]');
    item?.focus();
    item?.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
  },
};
