import type { HostDialogs } from '../../electron/main/host-dialogs';

/**
 * The test host's stand-in for the system dialogs, steered by the Playwright
 * test in-process (`host.dialogs.nextFolder = folder`). Each answer is used
 * once; a dialog with no answer set behaves as if the user pressed Cancel.
 */
export class ScriptedDialogs implements HostDialogs {
  /** The folder the next folder dialog returns. */
  nextFolder: string | null = null;
  /** The file the next open-file dialog returns. */
  nextAgendaFile: string | null = null;
  /** Which dialogs were shown, in order, for tests that check one was (or was not). */
  readonly shown: ('folder' | 'agenda-file')[] = [];

  chooseFolder(): Promise<string | null> {
    this.shown.push('folder');
    const answer = this.nextFolder;
    this.nextFolder = null;
    return Promise.resolve(answer);
  }

  chooseAgendaFile(): Promise<string | null> {
    this.shown.push('agenda-file');
    const answer = this.nextAgendaFile;
    this.nextAgendaFile = null;
    return Promise.resolve(answer);
  }
}
