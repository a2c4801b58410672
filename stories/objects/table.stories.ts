/** `<label-table-view>` (the `<Table>` object) in the states a user meets, through a real
 *  `<label-workspace>`. */
import type { Meta } from '@storybook/web-components-vite';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from '../support/workspace-story.js';

export default { title: 'Objects/Table', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

const menu = `<View>
  <Table name="menu" value="$menu"/>
  <Header value="Choose ingredients"/>
  <Choices name="sub" toName="menu" choice="multiple"><Choice value="Tuna"/><Choice value="Vegetables"/><Choice value="Chicken"/></Choices>
</View>`;

/** An object as Name/Value rows, sorted as Label Studio sorts them. */
export const KeyValue: WorkspaceStory = {
  args: {
    config: menu,
    task: {
      data: { menu: { Tuna: '12,35', Vegetarian: '8,53', Chicken: '10,66', Spicy: '11,99', Cheese: '3,99' } },
    },
  },
};

/** Nested values show as JSON, and markup in keys or values as text. */
export const NestedValues: WorkspaceStory = {
  args: {
    config: '<View><Table name="t" value="$row"/></View>',
    task: { data: { row: { id: 17, tags: ['a', 'b'], address: { city: 'Lyon' }, note: '<b>not bold</b>' } } },
  },
};

/** An array: one row per entry, in order. */
export const ArrayData: WorkspaceStory = {
  args: {
    config: '<View><Table name="t" value="$steps"/></View>',
    task: { data: { steps: ['Preheat', 'Mix', 'Bake', 'Rest'] } },
  },
};

/** A remote CSV (`valueType="csv|url|…"`): not fetched; the table says so. */
export const RemoteCsv: WorkspaceStory = {
  args: {
    config: '<View><Table name="t" value="$csv" valueType="csv|url|separator=,"/></View>',
    task: { data: { csv: 'https://example.com/data.csv' } },
  },
};
