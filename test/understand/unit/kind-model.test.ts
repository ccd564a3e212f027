import { describe, expect, it } from 'vitest';
import stored from '../../../shared/understand/kind-model.json' with { type: 'json' };
import { featuresOf, guessKind, mostlyEnglish, OVERRULE_MARGIN, packWeights, readKind, unpack, WEIGHT_STEP, withWordModel, type KindModel, type ModelGuess, type StoredKindModel } from '../../../shared/understand/kind-model.js';

describe('the word model of the kinds', () => {
  it('reads lower-case words and adjacent pairs, each once', () => {
    expect([...featuresOf('Leider, leider NICHT.')].sort()).toEqual(['leider', 'leider leider', 'leider nicht', 'nicht']);
  });

  it('tells mostly-English text from text in another language', () => {
    expect(mostlyEnglish('Thank you for your application to the role, we will be in touch.')).toBe(true);
    expect(mostlyEnglish('Vielen Dank für Ihre Bewerbung, wir melden uns bald bei Ihnen.')).toBe(false);
    expect(mostlyEnglish('')).toBe(false);
  });

  it('packs weights to within half a step of what they were, relative to the feature\'s largest', () => {
    const weights = [[0.5, -1.3, -4.04, 0.5, -2]];
    const back = unpack({ kinds: ['interview', 'rejection', 'offer', 'application', 'other'], priors: [0, 0, 0, 0, 0], features: 'x', weights: packWeights(weights) }).weights[0]!;
    back.forEach((w, k) => expect(Math.abs(w - (weights[0]![k]! - 0.5))).toBeLessThanOrEqual(WEIGHT_STEP / 2 + 1e-9));
  });

  it('adds the weights of the features present to the priors, and names the words that decided', () => {
    const m: KindModel = {
      kinds: ['interview', 'rejection', 'offer', 'application', 'other'],
      priors: [0, 0, 0, 0, 0],
      features: ['absage', 'leider', 'termin'],
      weights: [
        [-3, 0, -3, -3, -3],
        [-1, 0, -1, -1, -1],
        [0, -2, -2, -2, -2],
      ],
    };
    const guess = guessKind('Absage', ['Leider nein.'], m);
    expect(guess?.kind).toBe('rejection');
    expect(guess?.words).toEqual(['absage', 'leider']);
    expect(guess?.p).toBeGreaterThan(0.9);
    // rejection 0 + 0 against interview -3 - 1 and the rest -3 - 1: four log units ahead.
    expect(guess?.margin).toBeCloseTo(4);
    // Nothing known: the priors alone, evenly split.
    expect(guessKind('Hallo', ['Gruß'], m)?.p).toBeCloseTo(0.2);
  });

  it('ships a well-formed model: sorted unique features, one weight per feature and kind', () => {
    const s = stored as StoredKindModel;
    const features = s.features.split('|');
    expect(features.length).toBeGreaterThan(1000);
    expect([...features].sort()).toEqual(features);
    expect(new Set(features).size).toBe(features.length);
    expect(s.weights.length).toBe(features.length * s.kinds.length);
  });

  it('reads the shipped model and the English share from one reading of the words', () => {
    const subject = 'Ihre Bewerbung';
    const sentences = ['Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.'];
    const both = readKind(subject, sentences);
    expect(both.guess).toEqual(guessKind(subject, sentences));
    expect(both.guess?.kind).toBe('rejection');
    expect(both.english).toBe(false);
    expect(readKind('Your application', ['Thank you for applying, we will be in touch with you.']).english).toBe(true);
  });

  describe('against the cue rules', () => {
    const guess = (kind: ModelGuess['kind'], margin: number, p = 1): ModelGuess => ({ kind, p, margin, words: ['a', 'b', 'c'] });

    it('overrules them only when far surer, and says so first', () => {
      const rules = { kind: 'interview' as const, cues: ['interview: subject: interview'] };
      expect(withWordModel(rules, guess('rejection', OVERRULE_MARGIN), true)).toEqual({
        kind: 'rejection',
        cues: ["rejection: word model (a, b, c) over the rules' interview", 'interview: subject: interview'],
      });
      expect(withWordModel(rules, guess('rejection', OVERRULE_MARGIN - 1), true)).toBe(rules);
      expect(withWordModel(rules, guess('interview', 90), true)).toBe(rules);
      expect(withWordModel(rules, null, false)).toBe(rules);
    });

    it('places mail the rules found nothing in, if not mostly English and not bulk', () => {
      const nothing = { kind: 'other' as const, cues: [] };
      expect(withWordModel(nothing, guess('offer', 8, 0.995), false)).toEqual({ kind: 'offer', cues: ['offer: word model (a, b, c)'] });
      expect(withWordModel(nothing, guess('offer', 8, 0.995), true)).toBe(nothing);
      expect(withWordModel(nothing, guess('offer', 3, 0.95), false)).toBe(nothing);
      const bulk = { kind: 'other' as const, cues: ['other: newsletter'] };
      expect(withWordModel(bulk, guess('offer', 8, 0.995), false)).toBe(bulk);
    });
  });
});

