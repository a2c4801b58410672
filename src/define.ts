/** Side-effect entry: registers every element of the library (guarded, safe to load twice). */
import { defineElement } from './elements/define-element.js';
import { LabelWorkspace } from './elements/workspace/label-workspace.js';
import { LabelLabels } from './elements/controls/label-labels.js';
import { LabelChoices } from './elements/controls/label-choices.js';
import { LabelTextArea } from './elements/controls/label-textarea.js';
import { LabelRating } from './elements/controls/label-rating.js';
import { LabelNumber } from './elements/controls/label-number.js';
import { LabelDateTime } from './elements/controls/label-datetime.js';
import { LabelTaxonomy } from './elements/controls/label-taxonomy.js';
import { LabelPairwise } from './elements/controls/label-pairwise.js';
import { LabelRanker } from './elements/controls/label-ranker.js';
import { LabelRelations } from './elements/controls/label-relations.js';
import { LabelTextView } from './elements/objects/label-text-view.js';
import { LabelAudioView } from './elements/objects/label-audio-view.js';
import { LabelImageView } from './elements/objects/label-image-view.js';
import { LabelHypertextView } from './elements/objects/label-hypertext-view.js';
import { LabelTableView } from './elements/objects/label-table-view.js';
import { LabelListView } from './elements/objects/label-list-view.js';
import { LabelFilter } from './elements/layout/label-filter.js';

defineElement('label-workspace', LabelWorkspace);
defineElement('label-labels', LabelLabels);
defineElement('label-choices', LabelChoices);
defineElement('label-textarea', LabelTextArea);
defineElement('label-rating', LabelRating);
defineElement('label-number', LabelNumber);
defineElement('label-datetime', LabelDateTime);
defineElement('label-taxonomy', LabelTaxonomy);
defineElement('label-pairwise', LabelPairwise);
defineElement('label-ranker', LabelRanker);
defineElement('label-relations', LabelRelations);
defineElement('label-text-view', LabelTextView);
defineElement('label-audio-view', LabelAudioView);
defineElement('label-image-view', LabelImageView);
defineElement('label-hypertext-view', LabelHypertextView);
defineElement('label-table-view', LabelTableView);
defineElement('label-list-view', LabelListView);
defineElement('label-filter', LabelFilter);

declare global {
  interface HTMLElementTagNameMap {
    'label-workspace': LabelWorkspace;
    'label-labels': LabelLabels;
    'label-choices': LabelChoices;
    'label-textarea': LabelTextArea;
    'label-rating': LabelRating;
    'label-number': LabelNumber;
    'label-datetime': LabelDateTime;
    'label-taxonomy': LabelTaxonomy;
    'label-pairwise': LabelPairwise;
    'label-ranker': LabelRanker;
    'label-relations': LabelRelations;
    'label-text-view': LabelTextView;
    'label-audio-view': LabelAudioView;
    'label-image-view': LabelImageView;
    'label-hypertext-view': LabelHypertextView;
    'label-table-view': LabelTableView;
    'label-list-view': LabelListView;
    'label-filter': LabelFilter;
  }
}
