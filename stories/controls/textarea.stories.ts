/** `<label-textarea>` in the states an annotator meets, each through a real `<label-workspace>`. */
import type { Meta } from '@storybook/web-components-vite';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from '../support/workspace-story.js';
import { annotated, refuseSubmit } from './control-stories.js';

export default { title: 'Controls/TextArea', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

const data = { text: 'Not much to write about here, but it does exactly what it is supposed to.' };
const withTextArea = (attrs: string, children = '') => `<View>
  <Text name="review" value="$text"/>
  <Header value="Summarise the review"/>
  <TextArea name="summary" toName="review" ${attrs}>${children}</TextArea>
</View>`;

/** One line (`rows="1"`, the default): Enter adds what was typed. */
export const Empty: WorkspaceStory = {
  args: { config: withTextArea('placeholder="One sentence"'), task: { data } },
};

/** Several rows with an Add button: Shift+Enter starts a new line. */
export const MultiRow: WorkspaceStory = {
  args: { config: withTextArea('rows="4" placeholder="A paragraph"'), task: { data } },
};

/** Submitted lines, editable in place (`editable="true"`) and deletable. */
export const EditableLines: WorkspaceStory = {
  args: {
    config: withTextArea('editable="true"'),
    annotationId: 1,
    task: annotated(data, [
      {
        id: 't1',
        from_name: 'summary',
        to_name: 'review',
        type: 'textarea',
        value: { text: ['Does the job', 'Cheap'] },
      },
    ]),
  },
};

/** `maxSubmissions="1"` reached: the input is gone, the line stays deletable. */
export const MaxSubmissionsReached: WorkspaceStory = {
  args: {
    config: withTextArea('maxSubmissions="1"'),
    annotationId: 1,
    task: annotated(data, [
      {
        id: 't1',
        from_name: 'summary',
        to_name: 'review',
        type: 'textarea',
        value: { text: ['Does the job'] },
      },
    ]),
  },
};

/** `transcription="true"`: one text, saved as you type. */
export const Transcription: WorkspaceStory = {
  args: { config: withTextArea('transcription="true" rows="3"'), task: { data } },
};

/** `Shortcut`s insert their value at the caret, by click or hotkey. */
export const Shortcuts: WorkspaceStory = {
  args: {
    config: withTextArea(
      'rows="2"',
      '<Shortcut value="[inaudible]" alias="Inaudible" hotkey="ctrl+1"/><Shortcut value="[laughs]" hotkey="ctrl+2"/>',
    ),
    task: { data },
  },
};

/** `skipDuplicates="true"`: a repeated line is refused with a message. */
export const SkipDuplicates: WorkspaceStory = {
  args: {
    config: withTextArea('skipDuplicates="true"'),
    annotationId: 1,
    task: annotated(data, [
      { id: 't1', from_name: 'summary', to_name: 'review', type: 'textarea', value: { text: ['Cheap'] } },
    ]),
  },
};

/** A required TextArea after a refused submit. */
export const RequiredMissing: WorkspaceStory = {
  args: { config: withTextArea('required="true"'), task: { data } },
  play: refuseSubmit,
};

/** Read-only: lines shown, nothing typed or deleted. */
export const ReadOnly: WorkspaceStory = { args: { ...EditableLines.args, readonly: true } };

/** Per region: a note for the selected span. */
export const PerRegion: WorkspaceStory = {
  args: {
    config: `<View>
  <Labels name="ner" toName="text"><Label value="Person"/></Labels>
  <Text name="text" value="$text"/>
  <TextArea name="note" toName="text" perRegion="true" editable="true" placeholder="Note about this person"/>
</View>`,
    annotationId: 1,
    task: annotated({ text: 'Ada wrote the first program.' }, [
      {
        id: 'p1',
        from_name: 'ner',
        to_name: 'text',
        type: 'labels',
        value: { start: 0, end: 3, text: 'Ada', labels: ['Person'] },
      },
    ]),
  },
};
