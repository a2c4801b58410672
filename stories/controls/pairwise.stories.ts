/** `<label-pairwise>` in the states an annotator meets, each through a real `<label-workspace>`. */
import type { Meta } from '@storybook/web-components-vite';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from '../support/workspace-story.js';
import { annotated } from './control-stories.js';

export default { title: 'Controls/Pairwise', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

const quotes = {
  text1:
    'In a little while you will have forgotten everything; in a little while everything will have forgotten you.',
  text2: "Death remembered should be like a mirror, who tells us life's but breath, to trust it error.",
};

const compare = (attrs = '') => `<View>
  <Header value="Which quote is better?"/>
  <Pairwise name="pw" toName="txt-1,txt-2" ${attrs}/>
  <View style="display: grid; grid-template-columns: 1fr 1fr; gap: 1em">
    <Text name="txt-1" value="$text1"/>
    <Text name="txt-2" value="$text2"/>
  </View>
</View>`;

/** Nothing chosen: pick with the buttons, the arrow keys, or a click on either text. */
export const Empty: WorkspaceStory = { args: { config: compare(), task: { data: quotes } } };

/** The right text chosen: its button is checked and the text is outlined. */
export const RightChosen: WorkspaceStory = {
  args: {
    config: compare(),
    annotationId: 1,
    task: annotated(quotes, [
      { id: 'p1', from_name: 'pw', to_name: 'pw', type: 'pairwise', value: { selected: 'right' } },
    ]),
  },
};

/** `selectionStyle` from the config marks the chosen text instead of the default outline. */
export const SelectionStyle: WorkspaceStory = {
  args: {
    ...RightChosen.args,
    config: compare('selectionStyle="background-color: #fff4c2; box-shadow: 0 0 0 3px #e0b000"'),
  },
};

/** Read-only: the choice is shown, not editable. */
export const ReadOnly: WorkspaceStory = { args: { ...RightChosen.args, readonly: true } };

/** A config mistake: `toName` names one object; the control says what it needs. */
export const Misconfigured: WorkspaceStory = {
  args: {
    config: `<View><Pairwise name="pw" toName="a"/><Text name="a" value="$text1"/></View>`,
    task: { data: quotes },
  },
};
