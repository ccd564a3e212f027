import { describe, expect, it } from 'vitest';
import { personName, signatureName } from '../../../shared/understand/person-name.js';

describe('signatureName', () => {
  it('reads the name under German "Im Auftrag" and Nordic sign-offs', () => {
    expect(signatureName(['Vielen Dank.', 'Mit freundlichen Grüßen', 'Im Auftrag', 'Petra Hübner', 'Universität Leinefeld'], [])?.name).toBe('Petra Hübner');
    expect(signatureName(['Tack!', 'Med vänlig hälsning', 'Jonas Wikström', 'HR-specialist'], [])?.name).toBe('Jonas Wikström');
  });
});

describe('personName', () => {
  it('takes no greeting, team or department for a person', () => {
    expect(personName('Bonjour Élodie', false)).toBeNull();
    expect(personName('Gestión Humana', false)).toBeNull();
    expect(personName('Im Auftrag', false)).toBeNull();
    expect(personName('Petra Hübner', false)).toBe('Petra Hübner');
  });
});
