import { expect } from '@open-wc/testing';
import {
  addLine,
  canSubmitMore,
  dropBlankLine,
  insertAtSelection,
  linesPayload,
  removeLine,
  replaceLine,
  textAreaSettings,
  textLines,
  transcriptionPayload,
  transcriptionText,
} from '../../../src/model/controls/textarea.js';
import { node } from './config-nodes.js';

describe('textarea model', () => {
  it('reads settings with Label Studio defaults', () => {
    const plain = textAreaSettings(node('TextArea', { name: 'answer' }));
    expect(plain).to.include({
      rows: 1,
      singleLine: true,
      editable: false,
      transcription: false,
      showSubmitButton: false,
    });
    expect(plain.maxSubmissions).to.equal(undefined);
    const multi = textAreaSettings(node('TextArea', { rows: 4, maxSubmissions: 2, placeholder: 'Say it' }));
    expect(multi).to.include({
      rows: 4,
      singleLine: false,
      showSubmitButton: true,
      maxSubmissions: 2,
      placeholder: 'Say it',
    });
    expect(
      textAreaSettings(node('TextArea', { rows: 4, showSubmitButton: false })).showSubmitButton,
    ).to.equal(false);
  });

  it('prefills from value, $variables resolved', () => {
    expect(textAreaSettings(node('TextArea', { value: 'Draft' })).prefill).to.equal('Draft');
    expect(textAreaSettings(node('TextArea', { value: '$t' }, [], { value: 'From data' })).prefill).to.equal(
      'From data',
    );
  });

  it('reads lines from an array or a bare string (dialogue_analysis stores "5/5")', () => {
    expect(textLines(['Hello', 'World'])).to.deep.equal(['Hello', 'World']);
    expect(textLines('5/5')).to.deep.equal(['5/5']);
    expect(textLines(undefined)).to.deep.equal([]);
    expect(textLines([1, null, 'x'])).to.deep.equal(['1', 'x']);
  });

  it('adds lines as typed, refusing blanks, duplicates (when asked) and overflow', () => {
    const settings = textAreaSettings(node('TextArea', { maxSubmissions: 2, skipDuplicates: true }));
    expect(addLine([], '  Hello ', settings)).to.deep.equal({ ok: true, lines: ['  Hello '] });
    expect(addLine([], '   ', settings)).to.deep.equal({ ok: false, reason: 'empty' });
    expect(addLine(['Hello'], 'hello', settings)).to.deep.equal({ ok: false, reason: 'duplicate' });
    expect(addLine(['a', 'b'], 'c', settings)).to.deep.equal({ ok: false, reason: 'full' });
    const lenient = textAreaSettings(node('TextArea', {}));
    expect(addLine(['Hello'], 'Hello', lenient)).to.deep.equal({ ok: true, lines: ['Hello', 'Hello'] });
  });

  it('edits, removes and drops emptied lines', () => {
    const settings = textAreaSettings(node('TextArea', { skipDuplicates: true }));
    expect(replaceLine(['a', 'b'], 1, 'c', settings)).to.deep.equal({ ok: true, lines: ['a', 'c'] });
    expect(replaceLine(['a', 'b'], 1, 'A', settings)).to.deep.equal({ ok: false, reason: 'duplicate' });
    expect(replaceLine(['a', 'b'], 1, '', settings)).to.deep.equal({ ok: true, lines: ['a', ''] });
    expect(dropBlankLine(['a', ' '], 1)).to.deep.equal(['a']);
    expect(dropBlankLine(['a', 'b'], 1)).to.deep.equal(['a', 'b']);
    expect(removeLine(['a', 'b', 'c'], 1)).to.deep.equal(['a', 'c']);
  });

  it('an empty list removes the result; maxSubmissions hides the input once reached', () => {
    expect(linesPayload([])).to.equal(undefined);
    expect(linesPayload(['x'])).to.deep.equal(['x']);
    const one = textAreaSettings(node('TextArea', { maxSubmissions: 1 }));
    expect(canSubmitMore([], one)).to.equal(true);
    expect(canSubmitMore(['x'], one)).to.equal(false);
  });

  it('transcription keeps one line and shows imported lines joined', () => {
    expect(transcriptionPayload('')).to.equal(undefined);
    expect(transcriptionPayload('a b')).to.deep.equal(['a b']);
    expect(transcriptionText(['one', 'two'])).to.equal('one\ntwo');
  });

  it('inserts over the selection and puts the caret after', () => {
    expect(insertAtSelection('hello world', 6, 11, 'there')).to.deep.equal({
      text: 'hello there',
      caret: 11,
    });
    expect(insertAtSelection('ab', 1, 1, '[x]')).to.deep.equal({ text: 'a[x]b', caret: 4 });
    expect(insertAtSelection('ab', 9, 9, '!')).to.deep.equal({ text: 'ab!', caret: 3 });
  });
});
