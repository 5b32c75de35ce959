// The words of the ticket write tests: distinctive enough that a test can prove none of them leaks
// into an e-mail, a notification or an audit entry (expectNoContent in ./ticket-outbox.ts).
export const SUBJECT = "Kündigung Hausratversicherung Wohnung Lindenallee";
export const BODY = "Bitte kündigen Sie meine Hausratversicherung zum 31.12., ich ziehe zu meiner Partnerin.";
export const REPLY = "Gern erledigt, die Kündigung geht heute an den Versicherer. Vertragsnummer HR-99812.";
export const NOTE = "Bitte Kündigungsbestätigung vom Versicherer abwarten, Kunde ist empfindlich.";
export const SIGNATURE_HTML =
  '<p>Beste Grüße<br>Ihr <b>Team</b> &amp; Co</p><div>Tel. 040 123</div><script>alert("x")</script><img src="https://track.example/p.gif">';

export const MINUTE = 60_000;
