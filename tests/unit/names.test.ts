import { describe, expect, it } from "vitest";
import { firstGivenName, givenName } from "../../src/domain/names";
import { firstNameOf, tandemChannelName } from "../../src/slack/channelNames";

const USER = "U0PERSON1";
const EMIL = { name: "Emil", userId: "U0EMIL001" };

interface Row {
  /** Slack's profile.first_name, real_name, display_name */
  first?: string | null;
  real?: string | null;
  display?: string | null;
  /** the name we greet with (the user id when there is none) */
  greet: string;
  /** the mentee's part of tandem-emil-<part> */
  channel: string;
}

const ROWS: Row[] = [
  // the bug: Slack's first_name holds the title
  { first: "Dr. Jürgen", real: "Dr. Jürgen Müller", display: "JM", greet: "Jürgen", channel: "juergen" },
  { first: "", real: "Prof. Dr. Anna-Lena von Berg", greet: "Anna-Lena", channel: "anna-lena" },
  { first: null, real: "Müller, Jürgen", greet: "Jürgen", channel: "juergen" },
  { first: "Jürgen", real: "Jürgen Müller", display: "Jürgen (he/him)", greet: "Jürgen", channel: "juergen" },
  // Germany
  { first: "Hans Peter", real: "Hans Peter Schmid", greet: "Hans Peter", channel: "hans" },
  { first: "Dr. med. Klaus", real: "Dr. med. Klaus Wagner", greet: "Klaus", channel: "klaus" },
  { real: "Dr.-Ing. Stefan Weiß", greet: "Stefan", channel: "stefan" },
  { real: "Dr. rer. nat. Sabine Koch", greet: "Sabine", channel: "sabine" },
  { real: "Dipl.-Ing. Franz Huber", greet: "Franz", channel: "franz" },
  { real: "Dipl.-Kfm. Thomas Bauer", greet: "Thomas", channel: "thomas" },
  { real: "Dipl.-Ing. (FH) Markus Lang", greet: "Markus", channel: "markus" },
  { real: "PD Dr. Ulrike Brandt", greet: "Ulrike", channel: "ulrike" },
  { real: "Priv.-Doz. Dr. med. habil. Petra Roth", greet: "Petra", channel: "petra" },
  { real: "Prof. Dr. h. c. mult. Reinhard Vogel", greet: "Reinhard", channel: "reinhard" },
  { real: "Herr Dr. Bernd Schulz", greet: "Bernd", channel: "bernd" },
  { real: "Frau Prof. Dr. Claudia Lehmann", greet: "Claudia", channel: "claudia" },
  { first: "dr jürgen", real: "dr jürgen müller", greet: "jürgen", channel: "juergen" },
  { real: "DR. JÜRGEN MÜLLER", greet: "JÜRGEN", channel: "juergen" },
  { real: "Dr.Jürgen Müller", greet: "Jürgen", channel: "juergen" },
  { real: "Dr. phil. Jörg Weiß", greet: "Jörg", channel: "joerg" },
  { real: "Müller-Lüdenscheidt, Hans Peter", greet: "Hans Peter", channel: "hans" },
  { real: "Müller, Dr. Jürgen, MBA", greet: "Jürgen", channel: "juergen" },
  { real: "Robert „Bob“ Schneider", greet: "Robert", channel: "robert" },
  { real: "Karl-Heinz Rummenigge", greet: "Karl-Heinz", channel: "karl-heinz" },
  // Austria
  { real: "Mag. Maria Gruber", greet: "Maria", channel: "maria" },
  { real: "Mag.a Eva Steiner", greet: "Eva", channel: "eva" },
  { real: "Mag. (FH) Lisa Berger", greet: "Lisa", channel: "lisa" },
  { real: "Ing. Wolfgang Hofer", greet: "Wolfgang", channel: "wolfgang" },
  { real: "DI Andreas Pichler", greet: "Andreas", channel: "andreas" },
  { real: "DIin Sandra Mayr", greet: "Sandra", channel: "sandra" },
  { real: "Dr.in Barbara Wimmer", greet: "Barbara", channel: "barbara" },
  { real: "Univ.-Prof. Dr. Gerhard Leitner", greet: "Gerhard", channel: "gerhard" },
  { real: "Hofrat DDr. Josef Wallner", greet: "Josef", channel: "josef" },
  // Switzerland
  { real: "lic. phil. Urs Meier", greet: "Urs", channel: "urs" },
  { real: "Reto Brunner, dipl. Ing. ETH", greet: "Reto", channel: "reto" },
  { real: "Dr. sc. techn. Beat Zürcher", greet: "Beat", channel: "beat" },
  { first: "Zoë", real: "Zoë Frey-Ångström", greet: "Zoë", channel: "zoe" },
  // English forms
  { real: "Mr. John Smith", greet: "John", channel: "john" },
  { real: "Mrs Jane Doe", greet: "Jane", channel: "jane" },
  { real: "Ms. Priya Patel, MBA", greet: "Priya", channel: "priya" },
  { real: "Miss Emily Clark", greet: "Emily", channel: "emily" },
  { real: "Mx Alex Taylor", greet: "Alex", channel: "alex" },
  { real: "Sir Ian McKellen", greet: "Ian", channel: "ian" },
  { real: "Dame Judi Dench", greet: "Judi", channel: "judi" },
  { real: "Dr Phil Jones PhD", greet: "Phil", channel: "phil" },
  // particles belong to the surname; a capitalised one in front is a given name
  { real: "Ursula von der Leyen", greet: "Ursula", channel: "ursula" },
  { real: "von Berg, Anna-Lena", greet: "Anna-Lena", channel: "anna-lena" },
  { real: "Di Wang", greet: "Di", channel: "di" },
  { real: "Van Morrison", greet: "Van", channel: "van" },
  { real: "José María García", first: "José María", greet: "José María", channel: "jose" },
  // other scripts keep their name in greetings; the channel falls back to the user id
  { real: "Дмитрий Иванов", greet: "Дмитрий", channel: "u0person1" },
  { first: "太郎", real: "山田 太郎", greet: "太郎", channel: "u0person1" },
  // one word, emoji, only titles, the display name as a last resort
  { real: "Cher", greet: "Cher", channel: "cher" },
  { real: "🌴 Jürgen Müller 🚀", greet: "Jürgen", channel: "juergen" },
  { first: "Lena✨", real: "Lena✨ Vogt", greet: "Lena✨", channel: "lena" },
  { first: "Jürgen Müller", real: "Jürgen Müller", greet: "Jürgen", channel: "juergen" },
  { first: "Dr.", real: "Dr.", greet: USER, channel: "u0person1" },
  { real: "Prof. Dr.", display: "", greet: USER, channel: "u0person1" },
  { real: "Dr. von Berg", greet: USER, channel: "u0person1" },
  { real: "Herr Meier", greet: USER, channel: "u0person1" },
  { real: "Dr. Müller", display: "Jürgen M. (he/him)", greet: "Jürgen", channel: "juergen" },
  { first: "", real: "", display: "Jürgen (he/him)", greet: "Jürgen", channel: "juergen" },
];

describe("the name to greet with and the tandem channel", () => {
  it.each(ROWS)("$first | $real | $display → $greet, tandem-emil-$channel", (row) => {
    const greet = firstNameOf({
      userId: USER,
      firstName: row.first,
      realName: row.real,
      displayName: row.display,
    });
    expect(greet).toBe(row.greet);
    expect(tandemChannelName("tandem", EMIL, { name: greet, userId: USER })).toBe(
      `tandem-emil-${row.channel}`,
    );
  });

  it("skips titles in a name passed straight to the channel name", () => {
    expect(tandemChannelName("tandem", EMIL, { name: "Dr. Jürgen Müller", userId: USER })).toBe(
      "tandem-emil-juergen",
    );
    expect(tandemChannelName("tandem", { name: "Prof. Dr. Dario", userId: "U0DARIO01" }, EMIL)).toBe(
      "tandem-dario-emil",
    );
  });

  it("gives no name when a profile holds only titles", () => {
    expect(
      givenName({ firstName: "Herr", realName: "Dipl.-Ing. Dr. techn.", displayName: null }),
    ).toBeUndefined();
    expect(firstGivenName("Frau Dr.")).toBeUndefined();
  });
});
