import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';

/**
 * Obvious identifiers of a person in free text. pasokan never stores a client's identity (UU PDP 27/2022; drug use is
 * criminalised), and free text is where it would slip in: a note, a reason, a donor's or point's name, a lot number.
 * Names cannot be recognised; these can, so they are refused where they are typed.
 */
const PATTERNS: { kind: string; pattern: RegExp }[] = [
  // NIK: 16 digits, possibly grouped by spaces, dots or dashes.
  { kind: 'a national ID number (NIK)', pattern: /(?<!\d)(?:\d[\s.-]?){15}\d(?!\d)/ },
  // Indonesian mobile numbers: 08…, 628…, +62 8…, with the usual separators.
  { kind: 'a phone number', pattern: /(?<![\d+])(?:\+\s?62|62|0)[\s.-]?\(?0?\)?[\s.-]?8(?:[\s.-]?\d){7,11}(?!\d)/ },
  // Any number written in international form.
  { kind: 'a phone number', pattern: /(?<![\w+])\+\s?\d(?:[\s.()-]?\d){7,14}(?!\d)/ },
  { kind: 'an e-mail address', pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/ },
];

/** What kind of personal identifier the text seems to hold, or undefined. */
export function findClientIdentifier(text: string): string | undefined {
  return PATTERNS.find(({ pattern }) => pattern.test(text))?.kind;
}

/** On every free-text field of a request: refuses text that looks like it identifies a person, naming the field. */
export function NoClientIdentifiers(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noClientIdentifiers',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || findClientIdentifier(value) === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'this field'} looks like it contains ${findClientIdentifier(String(args?.value)) ?? 'personal data'}: ` +
          'pasokan never stores anything that identifies a person. Remove it.',
      },
    },
    options,
  );
}
