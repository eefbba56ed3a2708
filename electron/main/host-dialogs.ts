/**
 * The system dialogs main shows, as the handlers see them: Electron's in the
 * app (electron-dialogs.ts), a scripted stand-in in the test host. Paths to
 * write to or read from come from these, never from the renderer.
 */
export interface HostDialogs {
  /** The folder picker; null when the user cancels. */
  chooseFolder(): Promise<string | null>;
  /** The open-file dialog for an agenda to import (.agendum, .docx, .md, .txt); null when cancelled. */
  chooseAgendaFile(): Promise<string | null>;
}
