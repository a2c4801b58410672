/** `<label-taxonomy>` in the states an annotator meets, each through a real `<label-workspace>`. */
import type { Meta } from '@storybook/web-components-vite';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from '../support/workspace-story.js';
import { annotated, refuseSubmit } from './control-stories.js';
import type { LabelWorkspace } from '../../src/elements/workspace/label-workspace.js';

export default { title: 'Controls/Taxonomy', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

const review = { text: 'The filter removes the pops from my recordings, and it was the cheapest one.' };

const media = (attrs = '') => `<View>
  <Text name="text" value="$text"/>
  <Header value="Where was this published?"/>
  <Taxonomy name="media" toName="text" ${attrs}>
    <Choice value="Online">
      <Choice value="UGC" hint="User-generated content"/>
      <Choice value="Free"/>
      <Choice value="Paywall">
        <Choice value="NY Times"/>
        <Choice value="The Wall Street Journal" alias="WSJ"/>
      </Choice>
    </Choice>
    <Choice value="Offline">
      <Choice value="Newspaper"/>
      <Choice value="Radio"/>
    </Choice>
  </Taxonomy>
</View>`;

/** Nothing selected yet: click the field (or Tab to it and press Enter) to open the tree. */
export const Empty: WorkspaceStory = { args: { config: media(), task: { data: review } } };

/** An existing annotation: each selected path is a removable chip. */
export const WithSelection: WorkspaceStory = {
  args: {
    config: media(),
    annotationId: 1,
    task: annotated(review, [
      {
        id: 't1',
        from_name: 'media',
        to_name: 'text',
        type: 'taxonomy',
        value: { taxonomy: [['Online', 'Paywall', 'WSJ'], ['Offline']] },
      },
    ]),
  },
};

/** `showFullPath` with a custom `pathSeparator`: chips read as the whole path. */
export const FullPath: WorkspaceStory = {
  args: { ...WithSelection.args, config: media('showFullPath="true" pathSeparator=" › "') },
};

/** `leafsOnly`: branches open but cannot be selected themselves. */
export const LeafsOnly: WorkspaceStory = {
  args: { config: media('leafsOnly="true"'), task: { data: review } },
};

/** `maxUsages="2"`: once two are selected, the others are disabled until one is removed. */
export const MaxUsages: WorkspaceStory = {
  args: { ...WithSelection.args, config: media('maxUsages="2" placeholder="Pick up to two"') },
};

/** `required`: after a refused submit the field is flagged and says what is missing. */
export const Required: WorkspaceStory = {
  args: {
    config: media('required="true" requiredMessage="Say where it was published"'),
    task: { data: review },
  },
  play: refuseSubmit,
};

/** Read-only: chips shown, the tree does not open. */
export const ReadOnly: WorkspaceStory = { args: { ...WithSelection.args, readonly: true } };

/** Choices from task data (`value="$categories"`), nested through `children`. */
export const FromTaskData: WorkspaceStory = {
  args: {
    config: `<View>
  <Text name="text" value="$text"/>
  <Taxonomy name="topic" toName="text" value="$categories" minWidth="240" dropdownWidth="360"/>
</View>`,
    task: {
      data: {
        ...review,
        categories: [
          {
            value: 'Hardware',
            children: [{ value: 'Microphones' }, { value: 'Pop filters', alias: 'pop-filter' }],
          },
          { value: 'Software', children: [{ value: 'DAW' }, { value: 'Plugins' }] },
        ],
      },
    },
  },
};

/** A large tree (20 × 50 × 3 = 3,020 items): only open branches are drawn; search finds deep items. */
export const Large: WorkspaceStory = {
  args: {
    config: `<View>
  <Text name="text" value="$text"/>
  <Taxonomy name="codes" toName="text" value="$codes" showFullPath="true"/>
</View>`,
    task: {
      data: {
        ...review,
        codes: Array.from({ length: 20 }, (_, a) => ({
          value: `Chapter ${a + 1}`,
          children: Array.from({ length: 50 }, (_, b) => ({
            value: `Section ${a + 1}.${b + 1}`,
            children: [{ value: `Rule ${a + 1}.${b + 1}.a` }, { value: `Rule ${a + 1}.${b + 1}.b` }],
          })),
        })),
      },
    },
  },
};

/** The taxonomy element inside the story's workspace, once both have rendered. */
async function taxonomyIn(canvasElement: HTMLElement): Promise<HTMLElement | undefined> {
  const ws = canvasElement.querySelector<LabelWorkspace>('label-workspace');
  if (!ws) return undefined;
  await ws.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return ws.shadowRoot?.querySelector<HTMLElement>('label-taxonomy') ?? undefined;
}

/** The panel open: search box focused, the tree's first level shown. */
export const Open: WorkspaceStory = {
  args: WithSelection.args,
  play: async ({ canvasElement }) => {
    const taxonomy = await taxonomyIn(canvasElement);
    taxonomy?.shadowRoot?.querySelector<HTMLButtonElement>('.toggle')?.click();
  },
};

/** Searching: matches are highlighted and shown with their ancestors. */
export const Searching: WorkspaceStory = {
  args: WithSelection.args,
  play: async ({ canvasElement }) => {
    const taxonomy = await taxonomyIn(canvasElement);
    taxonomy?.shadowRoot?.querySelector<HTMLButtonElement>('.toggle')?.click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const search = taxonomy?.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]');
    if (!search) return;
    search.value = 'pa';
    search.dispatchEvent(new InputEvent('input', { bubbles: true }));
  },
};
