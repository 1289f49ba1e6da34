/**
 * A salted, one-way label for a chat, so outcomes and mutes can be grouped per chat without ever
 * storing a phone number, a group id or a name. The salt is random per installation and stays in
 * extension storage. Synchronous (cyrb53, 53 bits) because the send guard decides inside the
 * keydown event and cannot await `crypto.subtle`.
 */
export function chatHash(salt: string, chatId: string): string {
  const input = `${salt}\u0000${chatId}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}
