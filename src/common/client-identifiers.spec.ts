import { findClientIdentifier } from './client-identifiers';

describe('identifiers of a person in free text', () => {
  it.each([
    ['NIK 3273010101900001', 'a national ID number (NIK)'],
    ['nik: 3273 0101 0190 0001', 'a national ID number (NIK)'],
    ['3273.0101.0190.0001', 'a national ID number (NIK)'],
    ['hubungi 081234567890', 'a phone number'],
    ['WA 0812-3456-7890', 'a phone number'],
    ['+62 812 3456 7890', 'a phone number'],
    ['+6281234567890', 'a phone number'],
    ['6281234567890', 'a phone number'],
    ['(0)812 345 678', 'a phone number'],
    ['tel +44 20 7946 0958', 'a phone number'],
    ['klien: budi.santoso@example.com', 'an e-mail address'],
  ])('finds %j', (text, kind) => {
    expect(findClientIdentifier(text)).toBe(kind);
  });

  it.each([
    'Box damaged in the rain, 20 syringes wet',
    'Dinkes Kota Bandung',
    'LDS2611A',
    'SWAB-ALC-2026-0042',
    'GTIN 08712345678906',
    'Batch 12345678',
    '400 until the next delivery',
    'Received 2026-11-30, 3 boxes of 1,000',
    '@Yayasan',
    'Puskesmas Kopo, Jl. Kopo No. 123',
  ])('leaves %j alone', (text) => {
    expect(findClientIdentifier(text)).toBeUndefined();
  });
});
