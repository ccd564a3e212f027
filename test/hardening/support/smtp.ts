/** A real SMTP client (nodemailer) and a raw socket, for throwing hostile mail at `npm start`'s listener. */
import { connect } from 'node:net';
import nodemailer from 'nodemailer';

/** Sends raw mail; 'accepted' or the SMTP reply code of the refusal. */
export async function smtpSend(port: number, raw: string | Buffer, from: string, to = 'followups@localhost'): Promise<'accepted' | number> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail({ envelope: { from, to: [to] }, raw });
    return 'accepted';
  } catch (err) {
    return (err as { responseCode?: number }).responseCode ?? -1;
  } finally {
    transport.close();
  }
}

/** Writes each chunk once the server has answered (or after a pause); resolves with the transcript when the socket closes or after `ms`. */
export function rawSession(port: number, chunks: (string | Buffer)[], ms = 4_000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    let next = 0;
    let pause: NodeJS.Timeout | undefined;
    const writeNext = () => {
      clearTimeout(pause);
      if (next >= chunks.length || socket.destroyed) return;
      socket.write(chunks[next++]!);
      pause = setTimeout(writeNext, 150);
    };
    const done = () => {
      clearTimeout(pause);
      socket.destroy();
      resolve(out);
    };
    socket.on('data', (d) => {
      out += d.toString('latin1');
      writeNext();
    });
    socket.on('error', () => undefined);
    socket.once('close', done);
    setTimeout(done, ms).unref();
  });
}
