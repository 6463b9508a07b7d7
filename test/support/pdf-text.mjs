// Prints the text of the PDF given on stdin, and its page count on the first line: the tests read documents back
// with unpdf (PDF.js), which is ESM with dynamic imports that Jest's module sandbox cannot load, so it runs here.
import { extractText, getDocumentProxy } from 'unpdf';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
const { text, totalPages } = await extractText(pdf, { mergePages: true });
process.stdout.write(`${totalPages}\n${text}`);
