/**
 * `<label-workspace>` in the states a user meets first. One story per state: add an export with
 * `args: { config, task }` (inline data; see stories/support/workspace-story.ts).
 */
import type { Meta } from '@storybook/web-components-vite';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from './support/workspace-story.js';

export default { title: 'Workspace/label-workspace', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

const sentimentConfig = `<View>
  <Text name="review" value="$text"/>
  <Choices name="sentiment" toName="review" choice="single" required="true">
    <Choice value="Positive" hotkey="1"/>
    <Choice value="Negative" hotkey="2"/>
  </Choices>
  <TextArea name="why" toName="review" visibleWhen="choice-selected" whenTagName="sentiment"/>
</View>`;

/** Text classification: one required single choice and a comment box shown once a choice is made. */
export const SentimentClassification: WorkspaceStory = {
  args: {
    config: sentimentConfig,
    task: { id: 7, data: { text: 'Great product, slow delivery' }, annotations: [] },
  },
};

/** The same task opened on an existing annotation (the host passes `annotationId`). */
export const SentimentWithAnnotation: WorkspaceStory = {
  args: {
    config: sentimentConfig,
    annotationId: 1,
    task: {
      id: 8,
      data: { text: 'Arrived broken, support never answered.' },
      annotations: [
        {
          id: 1,
          result: [
            {
              id: 'sent1',
              from_name: 'sentiment',
              to_name: 'review',
              type: 'choices',
              value: { choices: ['Negative'] },
              origin: 'manual',
            },
          ],
        },
      ],
    },
  },
};

/** Read-only review of the annotation above: no edits, no submit. */
export const ReadOnly: WorkspaceStory = {
  args: { ...SentimentWithAnnotation.args, readonly: true },
};

/** Malformed XML: the workspace lists the error with its line and column instead of rendering. */
export const ConfigError: WorkspaceStory = {
  args: {
    config: `<View>
  <Text name="review" value="$text"/>
  <Choices name="sentiment" toName="review">
    <Choice value="Positive"/>
  </Choices>
  <Unclosed>
</View>`,
    task: { id: 9, data: { text: 'Any text' }, annotations: [] },
  },
};

/** Well-formed XML that Label Studio would refuse: a control pointing at an object that is not there. */
export const ConfigErrorUnknownObject: WorkspaceStory = {
  args: {
    config: `<View>
  <Text name="review" value="$text"/>
  <Choices name="sentiment" toName="missing_object">
    <Choice value="Positive"/>
  </Choices>
</View>`,
    task: { id: 10, data: { text: 'Any text' }, annotations: [] },
  },
};

/** Nothing set yet: what a page shows before the host assigns `config` and `task`. */
export const Empty: WorkspaceStory = {
  args: { config: '', task: undefined },
};
