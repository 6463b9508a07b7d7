import { provinceTimeZone } from './time-zones';

describe('provinceTimeZone', () => {
  it.each([
    ['31', 'Asia/Jakarta'], // DKI Jakarta
    ['32', 'Asia/Jakarta'], // Jawa Barat (Bandung, Bogor)
    ['62', 'Asia/Jakarta'], // Kalimantan Tengah
    ['51', 'Asia/Makassar'], // Bali
    ['52', 'Asia/Makassar'], // Nusa Tenggara Barat (Lombok)
    ['64', 'Asia/Makassar'], // Kalimantan Timur
    ['73', 'Asia/Makassar'], // Sulawesi Selatan
    ['81', 'Asia/Jayapura'], // Maluku
    ['91', 'Asia/Jayapura'], // Papua
    ['96', 'Asia/Jayapura'], // Papua Barat Daya
  ])('province %s keeps time in %s', (code, zone) => {
    expect(provinceTimeZone(code)).toBe(zone);
  });
});
