// Copied from ../shared/data/legal-sections.csv; sections added beyond it are marked where they start.
// Check a section against the Gazette text before showing it in anything addressed to a court.

export interface LegalSection {
  readonly code: string;
  readonly act: string;
  readonly section: string;
  readonly title: string;
  /** The same offence under the code in force before 1 July 2024 (IPC, CrPC), if any. */
  readonly oldCodeEquivalent?: string;
  readonly use?: string;
}

export const LEGAL_SECTIONS: readonly LegalSection[] = [
  {code: 'BNS-143', act: 'Bharatiya Nyaya Sanhita 2023', section: '143', title: 'Trafficking of person', oldCodeEquivalent: 'IPC-370', use: 'trafficking of a child; 10 years to life (one child) and 14 years to life (more than one child)'},
  {code: 'BNS-144', act: 'Bharatiya Nyaya Sanhita 2023', section: '144', title: 'Exploitation of a trafficked person', oldCodeEquivalent: 'IPC-370A'},
  {code: 'BNS-146', act: 'Bharatiya Nyaya Sanhita 2023', section: '146', title: 'Unlawful compulsory labour', oldCodeEquivalent: 'IPC-374'},
  {code: 'BNS-127', act: 'Bharatiya Nyaya Sanhita 2023', section: '127', title: 'Wrongful confinement', oldCodeEquivalent: 'IPC-340..348'},
  {code: 'BNS-115', act: 'Bharatiya Nyaya Sanhita 2023', section: '115', title: 'Voluntarily causing hurt', oldCodeEquivalent: 'IPC-323'},
  {code: 'BNS-61', act: 'Bharatiya Nyaya Sanhita 2023', section: '61', title: 'Criminal conspiracy', oldCodeEquivalent: 'IPC-120B'},
  {code: 'BNS-3(5)', act: 'Bharatiya Nyaya Sanhita 2023', section: '3(5)', title: 'Acts done by several persons in furtherance of common intention', oldCodeEquivalent: 'IPC-34'},
  {code: 'IPC-370', act: 'Indian Penal Code 1860', section: '370', title: 'Trafficking of person', use: 'FIRs registered before 1 July 2024'},
  {code: 'IPC-370A', act: 'Indian Penal Code 1860', section: '370A', title: 'Exploitation of a trafficked person', use: 'FIRs registered before 1 July 2024'},
  {code: 'IPC-374', act: 'Indian Penal Code 1860', section: '374', title: 'Unlawful compulsory labour', use: 'FIRs registered before 1 July 2024'},
  {code: 'JJA-75', act: 'Juvenile Justice (Care and Protection of Children) Act 2015', section: '75', title: 'Punishment for cruelty to child'},
  {code: 'JJA-79', act: 'Juvenile Justice (Care and Protection of Children) Act 2015', section: '79', title: 'Exploitation of a child employee'},
  {code: 'JJA-81', act: 'Juvenile Justice (Care and Protection of Children) Act 2015', section: '81', title: 'Sale and procurement of children for any purpose'},
  {code: 'CLPRA-3', act: 'Child and Adolescent Labour (Prohibition and Regulation) Act 1986 (amended 2016)', section: '3', title: 'Prohibition of employment of children (under 14)'},
  {code: 'CLPRA-3A', act: 'Child and Adolescent Labour (Prohibition and Regulation) Act 1986 (amended 2016)', section: '3A', title: 'Prohibition of employment of adolescents in hazardous work'},
  {code: 'CLPRA-14', act: 'Child and Adolescent Labour (Prohibition and Regulation) Act 1986 (amended 2016)', section: '14', title: 'Penalties', use: 'cognizable under s.14A; s.14B rehabilitation fund'},
  {code: 'BLSA-16', act: 'Bonded Labour System (Abolition) Act 1976', section: '16', title: 'Punishment for enforcement of bonded labour'},
  {code: 'BLSA-17', act: 'Bonded Labour System (Abolition) Act 1976', section: '17', title: 'Punishment for advancement of bonded debt'},
  {code: 'BLSA-18', act: 'Bonded Labour System (Abolition) Act 1976', section: '18', title: 'Punishment for extracting bonded labour under the bonded labour system'},
  {code: 'BNSS-173', act: 'Bharatiya Nagarik Suraksha Sanhita 2023', section: '173', title: 'Information in cognizable cases (FIR)', oldCodeEquivalent: 'CrPC-154', use: 'procedure'},
  {code: 'BNSS-183', act: 'Bharatiya Nagarik Suraksha Sanhita 2023', section: '183', title: 'Recording of confessions and statements by a magistrate', oldCodeEquivalent: 'CrPC-164', use: 'the child\'s statement before leaving Jaipur'},
  {code: 'BNSS-193', act: 'Bharatiya Nagarik Suraksha Sanhita 2023', section: '193', title: 'Report of police officer on completion of investigation (charge sheet)', oldCodeEquivalent: 'CrPC-173', use: 'procedure'},
  {code: 'BNSS-396', act: 'Bharatiya Nagarik Suraksha Sanhita 2023', section: '396', title: 'Victim compensation scheme', oldCodeEquivalent: 'CrPC-357A', use: 'compensation through DLSA/SLSA; inquiry within two months'},
];
