/** `<label-datetime>` in the states an annotator meets, each through a real `<label-workspace>`. */
import type { Meta } from '@storybook/web-components-vite';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from '../support/workspace-story.js';
import { annotated, refuseSubmit } from './control-stories.js';

export default { title: 'Controls/DateTime', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

const data = { text: 'Born on 22 May 1991 at 9:17 in the morning.' };
const withDateTime = (attrs = '') => `<View>
  <Text name="text" value="$text"/>
  <Header value="When?"/>
  <DateTime name="when" toName="text" ${attrs}/>
</View>`;

/** Date and time (no `only`): stored as `%Y-%m-%dT%H:%M`. */
export const Empty: WorkspaceStory = { args: { config: withDateTime(), task: { data } } };

/** An existing value read back into the inputs. */
export const Filled: WorkspaceStory = {
  args: {
    config: withDateTime(),
    annotationId: 1,
    task: annotated(data, [
      {
        id: 'd1',
        from_name: 'when',
        to_name: 'text',
        type: 'datetime',
        value: { datetime: '1991-05-22T09:17' },
      },
    ]),
  },
};

/** A strftime `format` and a `min` (the datetime fixture): the stored value is before `min`, so it is flagged. */
export const FormatAndMin: WorkspaceStory = {
  args: {
    config: withDateTime('min="2021-11-10" format="%d.%m.%Y %H:%M"'),
    annotationId: 1,
    task: annotated(data, [
      {
        id: 'd1',
        from_name: 'when',
        to_name: 'text',
        type: 'datetime',
        value: { datetime: '09.11.2021 08:30' },
      },
    ]),
  },
};

/** `only="date"`. */
export const DateOnly: WorkspaceStory = { args: { config: withDateTime('only="date"'), task: { data } } };

/** `only="time"`: stored as the raw `HH:MM`. */
export const TimeOnly: WorkspaceStory = { args: { config: withDateTime('only="time"'), task: { data } } };

/** `only="month,year"`: a month input. */
export const MonthAndYear: WorkspaceStory = {
  args: { config: withDateTime('only="month,year"'), task: { data } },
};

/** `only="year"` between `min` and `max`. */
export const YearOnly: WorkspaceStory = {
  args: { config: withDateTime('only="year" min="1900" max="2030"'), task: { data } },
};

/** A required DateTime after a refused submit. */
export const RequiredMissing: WorkspaceStory = {
  args: { config: withDateTime('required="true"'), task: { data } },
  play: refuseSubmit,
};

/** Read-only. */
export const ReadOnly: WorkspaceStory = { args: { ...Filled.args, readonly: true } };
