/** `<label-choices>` in the states an annotator meets, each through a real `<label-workspace>`. */
import type { Meta } from '@storybook/web-components-vite';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from '../support/workspace-story.js';
import { annotated, refuseSubmit } from './control-stories.js';

export default { title: 'Controls/Choices', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

const review = { text: 'The filter does exactly what it should and was cheap.' };

const sentiment = `<View>
  <Header value="Choose text sentiment:"/>
  <Text name="review" value="$text"/>
  <Choices name="sentiment" toName="review" choice="single" showInline="true">
    <Choice value="Positive"/>
    <Choice value="Negative"/>
    <Choice value="Neutral" hint="Neither good nor bad"/>
  </Choices>
</View>`;

/** Nothing chosen yet: checkboxes, one choice at a time, hotkeys 1-3. */
export const Empty: WorkspaceStory = { args: { config: sentiment, task: { data: review } } };

/** An existing annotation: its choice is checked. */
export const Filled: WorkspaceStory = {
  args: {
    config: sentiment,
    annotationId: 1,
    task: annotated(review, [
      {
        id: 's1',
        from_name: 'sentiment',
        to_name: 'review',
        type: 'choices',
        value: { choices: ['Negative'] },
      },
    ]),
  },
};

/** `choice="single-radio"` with aliases: arrow keys move and pick; results hold the alias. */
export const SingleRadio: WorkspaceStory = {
  args: {
    config: `<View>
  <Text name="text" value="$text"/>
  <Header value="Is the sentence complete?"/>
  <Choices name="validation-label" choice="single-radio" toName="text">
    <Choice value="Missing words" alias="missing-words"/>
    <Choice value="Valid" alias="valid"/>
  </Choices>
</View>`,
    task: { data: { text: 'To have faith is to trust yourself to the water' } },
  },
};

/** `choice="multiple"`, vertical (the default layout). */
export const Multiple: WorkspaceStory = {
  args: {
    config: `<View>
  <Text name="review" value="$text"/>
  <Header value="Topics"/>
  <Choices name="topics" toName="review" choice="multiple">
    <Choice value="Price"/><Choice value="Quality"/><Choice value="Delivery"/><Choice value="Support"/>
  </Choices>
</View>`,
    task: { data: review },
  },
};

/** `layout="select"`: a native select, multiple when `choice="multiple"`. */
export const SelectLayout: WorkspaceStory = {
  args: {
    config: `<View>
  <Text name="review" value="$text"/>
  <Header value="Product category"/>
  <Choices name="category" toName="review" layout="select">
    <Choice value="Audio"/><Choice value="Video"/><Choice value="Accessories"/>
  </Choices>
  <Header value="Languages"/>
  <Choices name="languages" toName="review" layout="select" choice="multiple">
    <Choice value="English"/><Choice value="German"/><Choice value="French"/><Choice value="Spanish"/>
  </Choices>
</View>`,
    task: { data: review },
  },
};

/** `allowNested="true"`: options nest, results are paths; a parent is mixed while some children are chosen. */
export const Nested: WorkspaceStory = {
  args: {
    config: `<View>
  <Text name="review" value="$text"/>
  <Choices name="issue" toName="review" choice="multiple" allowNested="true">
    <Choice value="Hardware"><Choice value="Screen"/><Choice value="Battery"/></Choice>
    <Choice value="Software"><Choice value="Crash"/><Choice value="Slow"/></Choice>
  </Choices>
</View>`,
    annotationId: 1,
    task: annotated(review, [
      {
        id: 'n1',
        from_name: 'issue',
        to_name: 'review',
        type: 'choices',
        value: { choices: [['Hardware', 'Battery']] },
      },
    ]),
  },
};

/** Choices loaded from task data (`value="$options"`). */
export const Dynamic: WorkspaceStory = {
  args: {
    config: `<View><Text name="review" value="$text"/><Choices name="answer" toName="review" value="$options"/></View>`,
    task: {
      data: {
        ...review,
        options: [
          { value: 'Yes', hint: 'The review answers the question' },
          { value: 'No' },
          { value: 'Unsure', alias: 'unknown' },
        ],
      },
    },
  },
};

/** A required Choices after a refused submit: outlined, with its message announced. */
export const RequiredMissing: WorkspaceStory = {
  args: {
    config: `<View>
  <Text name="text" value="$text"/>
  <Choices name="validation-label" required="true" requiredMessage="Say whether the sentence is valid" toName="text">
    <Choice value="Missing words" alias="missing-words"/>
    <Choice value="Valid" alias="valid"/>
  </Choices>
</View>`,
    task: { data: { text: 'When you swim you do not grab hold of the water.' } },
  },
  play: refuseSubmit,
};

/** Read-only: shown, not editable. */
export const ReadOnly: WorkspaceStory = { args: { ...Filled.args, readonly: true } };

/** Per region: select the labelled span to classify it. */
export const PerRegion: WorkspaceStory = {
  args: {
    config: `<View>
  <Labels name="ner" toName="text"><Label value="Person"/><Label value="Money"/></Labels>
  <Text name="text" value="$text"/>
  <Choices name="gender" toName="text" perRegion="true" whenLabelValue="Person" showInline="true">
    <Choice value="Female"/><Choice value="Male"/>
  </Choices>
</View>`,
    annotationId: 1,
    task: annotated({ text: 'Ada paid ten pounds.' }, [
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

/** Labels, hints and `html` from a config written by someone else render as text (bad-inputs S5). */
export const UntrustedText: WorkspaceStory = {
  args: {
    config: `<View>
  <Text name="review" value="$text"/>
  <Choices name="evil" toName="review">
    <Choice value="&lt;img src=x onerror=alert(1)&gt;" html="&lt;b&gt;bold?&lt;/b&gt;" hint="&lt;script&gt;alert(2)&lt;/script&gt;"/>
  </Choices>
</View>`,
    task: { data: review },
  },
};
