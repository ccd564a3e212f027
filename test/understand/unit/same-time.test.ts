import { describe, expect, it } from 'vitest';
import { sameTimeMoved } from '../../../shared/understand/same-time.js';

// The latest message: Friday 16 April 2027, 09:47 BST.
const ref = { instant: new Date('2027-04-16T08:47:00Z'), offsetMinutes: 60 };
const history = ["I'm pleased to confirm your interview on Tuesday 20 April at 15:00 (BST) at our Truro office."];

describe('sameTimeMoved', () => {
  it('takes the new day from the latest message and the time of day from the quoted one', () => {
    expect(sameTimeMoved(["Let's move it to Thursday at the same time, same place."], history, ref)).toBe('2027-04-22T14:00:00Z');
  });

  it('keeps the wall-clock time across a clock change (GMT mail, BST interview)', () => {
    const march = { instant: new Date('2027-03-22T10:00:00Z'), offsetMinutes: 0 };
    const quoted = ['Your interview is on Wednesday 24 March at 10:00.'];
    // 10:00 GMT before 28 March, 10:00 BST after it.
    expect(sameTimeMoved(['Could we move it to Wednesday 31 March, same time?'], quoted, march)).toBe('2027-03-31T09:00:00Z');
  });

  it('reads the end of a "from ... to ..." range as the new day, in the year of the mail', () => {
    const june = { instant: new Date('2026-06-11T08:32:00Z'), offsetMinutes: 60 };
    const quoted = ['We look forward to seeing you on Friday 19 June at 10am for your onsite.'];
    expect(sameTimeMoved(['We need to bring your onsite forward from Friday 19 June to Wednesday 17 June, same time, same place.'], quoted, june)).toBe('2026-06-17T09:00:00Z');
  });

  it('gives nothing without "same time", without a quoted time, or without a new day', () => {
    expect(sameTimeMoved(['Can we move it to Thursday?'], history, ref)).toBeNull();
    expect(sameTimeMoved(["Let's move it to Thursday at the same time."], [], ref)).toBeNull();
    expect(sameTimeMoved(["Let's move it to Thursday at the same time."], ['Thanks for applying.'], ref)).toBeNull();
    expect(sameTimeMoved(['Same time works for me.'], history, ref)).toBeNull();
  });
});
