import { describe, expect, it } from '@jest/globals';
import { parseCommand } from '../../../actions/approval-gate/src/command.js';

describe('parseCommand', () => {
  it.each([
    ['/approve', 'approve', ''],
    ['/APPROVE', 'approve', ''],
    ['/Approve looks good to me', 'approve', 'looks good to me'],
    ['\n\n   /approve  \nmore text', 'approve', ''],
    ['/deny', 'deny', ''],
    ['/deny the canary is red', 'deny', 'the canary is red'],
    ['/reject', 'deny', ''],
    ['/ReJeCt no', 'deny', 'no'],
    ['\r\n/approve\r\n', 'approve', ''],
  ])('%j is %s', (body, kind, reason) => {
    expect(parseCommand(body)).toEqual({ kind, reason });
  });

  it.each([
    ["I won't /approve this"],
    ['not /approve'],
    ['> /approve'],
    ['>/approve'],
    ['```\n/approve\n```'],
    ['~~~\n/approve\n~~~'],
    ['    /approve'],
    ['\t/approve'],
    ['`/approve`'],
    ['/approved'],
    ['/approve-later'],
    ['/denied'],
    ['approve'],
    ['LGTM\n/approve'],
    ['<!-- -->\n/approve'],
    ['\u200b/approve'],
    ['／approve'],
    [''],
    ['   \n  '],
  ])('%j is not a command', (body) => {
    expect(parseCommand(body)).toEqual({ kind: 'none' });
  });

  it('treats a missing body as no command', () => {
    expect(parseCommand(undefined)).toEqual({ kind: 'none' });
    expect(parseCommand(null)).toEqual({ kind: 'none' });
  });
});
