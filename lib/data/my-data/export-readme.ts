import type { DataExport } from "./build-data-export";

/**
 * LIESMICH.txt of the export: what is in it, what is not, and the right to ask the broker for the rest
 * (GDPR Art. 15). German first, an English paragraph after it; CRLF so every editor shows the lines.
 */
export function exportReadme(data: Pick<DataExport, "counts" | "exportedAt">, brokerName: string): string {
  const c = data.counts;
  const at = data.exportedAt.toISOString().slice(0, 16).replace("T", " ");
  const lines = [
    `Ihre Datenauskunft – ${brokerName}`,
    `Erstellt am ${at} UTC`,
    "",
    "Inhalt dieses Archivs",
    "",
    "daten.json",
    "  Alle Daten über Sie, die Sie in Ihrem Kundenportal sehen können, in einem maschinenlesbaren Format",
    "  (JSON; Datumsangaben nach ISO 8601, Beträge als Zeichenketten mit Punkt als Dezimaltrennzeichen):",
    "  - Ihr Zugang (E-Mail, Telefon, Name, Sprache, Anlage, letzte Anmeldung, Zwei-Faktor an/aus)",
    "  - Ihre Stammdaten mit Anschrift und Bankverbindungen",
    `  - Verträge (${c.contracts}) und Dokumente (${c.documents}) aus den für Sie freigegebenen Bereichen`,
    `  - Schadenmeldungen (${c.claims}), Änderungsanträge (${c.changeRequests}), Nachrichten (${c.messages})`,
    `  - Benachrichtigungen (${c.notifications}) und Einverständniserklärungen im Haushalt`,
    `  - das Zugriffsprotokoll (${c.accessLogEntries} Einträge): wer im Maklerbüro Ihre Daten angesehen oder geändert hat`,
    "",
    "dokumente/",
    "  Die Dateien der Dokumente, benannt nach Datum und Dateiname. In daten.json steht bei jedem Dokument",
    '  unter "file", welche Datei dazugehört.',
    "",
    "Was nicht enthalten ist",
    "",
    "  Daten aus Bereichen, die Ihr Makler im Portal nicht für Sie freigegeben hat, Werte, die er im Portal",
    '  ausblendet (siehe "notIncluded" in daten.json), sowie interne Unterlagen des Maklerbüros, zum Beispiel',
    "  interne Notizen und Bearbeitungsvermerke.",
    "",
    "  Nach Art. 15 DSGVO haben Sie das Recht, Auskunft über alle Daten zu erhalten, die Ihr Makler über Sie",
    "  speichert. Wenden Sie sich dafür bitte direkt an Ihr Maklerbüro.",
    "",
    "----------------------------------------------------------------------------------------------------",
    "",
    "English",
    "",
    "This archive holds everything about you that you can see in your customer portal: daten.json (your",
    "account, master data incl. bank accounts, contracts, document list, claims, change requests, messages,",
    "notifications, household consents and the access log of the broker's staff; dates in ISO 8601, amounts",
    "as strings) and the files of your documents in the folder dokumente/. Areas your broker has not",
    "released to the portal, values the broker hides in the portal and the office's internal records (such",
    "as internal notes) are not included. Under Art. 15 GDPR you may ask your broker for all data stored",
    "about you; please contact the broker's office directly.",
    "",
  ];
  return lines.join("\r\n");
}
