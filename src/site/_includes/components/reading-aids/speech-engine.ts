/**
 * A real speech engine for the read-aloud tests: Debian's speech-dispatcher with its espeak-ng
 * module, started for one test file in a folder of its own (socket, logs, runtime dir), so it runs
 * the same as root in CI as for a developer, and never touches a desktop's own speech-dispatcher.
 * The machine has no sound card: the sound goes to ALSA's null device, which plays in real time,
 * so utterances start and end as they would aloud. Chromium reaches it with
 * `--enable-speech-dispatcher` and SPEECHD_ADDRESS (see `chromiumWithSpeech`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import type { LaunchOptions } from "puppeteer-core";
import { chromiumArgs } from "a11y-audit/chromium";

export interface SpeechEngine {
  /** What libspeechd (and so Chromium) is given in SPEECHD_ADDRESS. */
  address: string;
  /** The server's log so far, for failure messages. */
  log(): string;
  close(): Promise<void>;
}

const options = {
  binary: "/usr/bin/speech-dispatcher",
  module: "/usr/lib/speech-dispatcher-modules/sd_espeak-ng",
  config: "/etc/speech-dispatcher",
  /** How long the server may take to open its socket. */
  startMs: 20_000,
};

const install = "apt-get install --no-install-recommends speech-dispatcher speech-dispatcher-espeak-ng espeak-ng (.ci/run installs them)";

/** Starts speech-dispatcher with espeak-ng; throws a clear message when it is not installed or does not start. */
export async function startSpeechEngine(): Promise<SpeechEngine> {
  for (const file of [options.binary, options.module]) {
    if (!existsSync(file)) throw new Error(`the real-engine read-aloud test needs ${file}: ${install}`);
  }
  const folder = mkdtempSync(join(tmpdir(), "xc-speech-"));
  const config = join(folder, "config");
  const runtime = join(folder, "run");
  mkdirSync(runtime, { mode: 0o700 });
  mkdirSync(join(folder, "home"));
  cpSync(options.config, config, { recursive: true });
  writeFileSync(join(config, "speechd.conf"), `${readFileSync(join(config, "speechd.conf"), "utf8")}\nAudioOutputMethod "alsa"\n`);
  writeFileSync(join(folder, "home", ".asoundrc"), "pcm.!default { type null }\n"); // no sound card: play into nothing, in real time
  const socket = join(runtime, "speechd.sock");
  const server: ChildProcess = spawn(options.binary, ["--run-single", "--timeout", "0", "--communication-method", "unix_socket", "--socket-path", socket, "--config-dir", config, "--log-dir", folder, "--log-level", "3"], {
    env: { ...process.env, HOME: join(folder, "home"), XDG_RUNTIME_DIR: runtime },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout!.on("data", (chunk) => (output += chunk));
  server.stderr!.on("data", (chunk) => (output += chunk));
  const log = () => output + (existsSync(join(folder, "speech-dispatcher.log")) ? readFileSync(join(folder, "speech-dispatcher.log"), "utf8").slice(-4000) : "");
  const exited = once(server, "exit");
  const close = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      server.kill();
      await exited;
    }
    rmSync(folder, { recursive: true, force: true });
  };
  // The socket appears once the server listens: wait for it, or for the server to give up.
  const watcher = watch(runtime);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no socket after ${options.startMs} ms`)), options.startMs);
      const check = () => existsSync(socket) && (clearTimeout(timer), resolve());
      watcher.on("change", check);
      server.once("exit", (code) => (clearTimeout(timer), reject(new Error(`it exited with ${code}`))));
      check();
    });
  } catch (error) {
    const why = log();
    await close();
    throw new Error(`speech-dispatcher did not start: ${(error as Error).message} (${install}):\n${why}`);
  } finally {
    watcher.close();
  }
  return { address: `unix_socket:${socket}`, log, close };
}

/** Launch options for a Chromium that speaks through `engine`. */
export function chromiumWithSpeech(engine: SpeechEngine): LaunchOptions {
  return { args: [...chromiumArgs, "--enable-speech-dispatcher"], env: { ...process.env, SPEECHD_ADDRESS: engine.address } };
}
