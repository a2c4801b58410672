/** `<label-rating>` in the states an annotator meets, each through a real `<label-workspace>`. */
import type { Meta } from '@storybook/web-components-vite';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from '../support/workspace-story.js';
import { annotated, refuseSubmit } from './control-stories.js';

export default { title: 'Controls/Rating', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

const data = { text: 'The answer was correct but far too long.' };
const withRating = (attrs = '') => `<View>
  <Text name="answer" value="$text"/>
  <Header value="Rate the answer"/>
  <Rating name="quality" toName="answer" ${attrs}/>
</View>`;

/** Five stars, none chosen: Tab reaches the first; arrows, Home/End and digits rate. */
export const Empty: WorkspaceStory = { args: { config: withRating(), task: { data } } };

/** An existing rating; picking the current star clears it. */
export const Filled: WorkspaceStory = {
  args: {
    config: withRating(),
    annotationId: 1,
    task: annotated(data, [
      { id: 'r1', from_name: 'quality', to_name: 'answer', type: 'rating', value: { rating: 3 } },
    ]),
  },
};

/** `maxRating="10" icon="heart" size="small"`, with a hotkey. */
export const TenHearts: WorkspaceStory = {
  args: { config: withRating('maxRating="10" icon="heart" size="small" hotkey="r"'), task: { data } },
};

/** `icon="smile" size="large"`. */
export const LargeSmiles: WorkspaceStory = {
  args: { config: withRating('icon="smile" size="large"'), task: { data } },
};

/** A required Rating after a refused submit. */
export const RequiredMissing: WorkspaceStory = {
  args: { config: withRating('required="true"'), task: { data } },
  play: refuseSubmit,
};

/** Read-only. */
export const ReadOnly: WorkspaceStory = { args: { ...Filled.args, readonly: true } };
