// Copied from ../shared/data/legal-sections.csv; sections added beyond it are marked where they start.
// Check a section against the Gazette text before showing it in anything addressed to a court.
// `newCodeEquivalent` is not a CSV column: it is the inverse of `oldCodeEquivalent`, added to the
// copied IPC rows and to every old-code row added below, so a FIR under either code resolves both ways.

export interface LegalSection {
  readonly code: string;
  readonly act: string;
  readonly section: string;
  readonly title: string;
  /** The same offence under the code in force before 1 July 2024 (IPC, CrPC), if any. */
  readonly oldCodeEquivalent?: string;
  /** On an IPC or CrPC row: the section of the BNS or BNSS that replaced it on 1 July 2024. */
  readonly newCodeEquivalent?: string;
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
  {code: 'IPC-370', act: 'Indian Penal Code 1860', section: '370', title: 'Trafficking of person', newCodeEquivalent: 'BNS-143', use: 'FIRs registered before 1 July 2024'},
  {code: 'IPC-370A', act: 'Indian Penal Code 1860', section: '370A', title: 'Exploitation of a trafficked person', newCodeEquivalent: 'BNS-144', use: 'FIRs registered before 1 July 2024'},
  {code: 'IPC-374', act: 'Indian Penal Code 1860', section: '374', title: 'Unlawful compulsory labour', newCodeEquivalent: 'BNS-146', use: 'FIRs registered before 1 July 2024'},
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

  // ---- Beyond the CSV (added for the legal service). Titles follow the Acts' marginal headings. ----

  // Old-code sections that appear as equivalents above, so FIRs and charge sheets under the IPC
  // or CrPC resolve to the BNS or BNSS and back. BNS-127 covers IPC 340-348; the punishing
  // sections cited in FIRs are listed.
  {code: 'IPC-34', act: 'Indian Penal Code 1860', section: '34', title: 'Acts done by several persons in furtherance of common intention', newCodeEquivalent: 'BNS-3(5)', use: 'FIRs registered before 1 July 2024'},
  {code: 'IPC-120B', act: 'Indian Penal Code 1860', section: '120B', title: 'Punishment of criminal conspiracy', newCodeEquivalent: 'BNS-61', use: 'FIRs registered before 1 July 2024'},
  {code: 'IPC-323', act: 'Indian Penal Code 1860', section: '323', title: 'Punishment for voluntarily causing hurt', newCodeEquivalent: 'BNS-115', use: 'FIRs registered before 1 July 2024'},
  {code: 'IPC-342', act: 'Indian Penal Code 1860', section: '342', title: 'Punishment for wrongful confinement', newCodeEquivalent: 'BNS-127', use: 'FIRs registered before 1 July 2024'},
  {code: 'IPC-343', act: 'Indian Penal Code 1860', section: '343', title: 'Wrongful confinement for three or more days', newCodeEquivalent: 'BNS-127', use: 'FIRs registered before 1 July 2024'},
  {code: 'IPC-344', act: 'Indian Penal Code 1860', section: '344', title: 'Wrongful confinement for ten or more days', newCodeEquivalent: 'BNS-127', use: 'FIRs registered before 1 July 2024'},
  {code: 'CrPC-154', act: 'Code of Criminal Procedure 1973', section: '154', title: 'Information in cognizable cases', newCodeEquivalent: 'BNSS-173', use: 'procedure, before 1 July 2024'},
  {code: 'CrPC-164', act: 'Code of Criminal Procedure 1973', section: '164', title: 'Recording of confessions and statements', newCodeEquivalent: 'BNSS-183', use: 'the child\'s statement, before 1 July 2024'},
  {code: 'CrPC-173', act: 'Code of Criminal Procedure 1973', section: '173', title: 'Report of police officer on completion of investigation', newCodeEquivalent: 'BNSS-193', use: 'procedure, before 1 July 2024'},
  {code: 'CrPC-357A', act: 'Code of Criminal Procedure 1973', section: '357A', title: 'Victim compensation scheme', newCodeEquivalent: 'BNSS-396', use: 'compensation, before 1 July 2024'},

  // Bail: the hearings the legal service records.
  {code: 'BNSS-480', act: 'Bharatiya Nagarik Suraksha Sanhita 2023', section: '480', title: 'When bail may be taken in case of non-bailable offence', oldCodeEquivalent: 'CrPC-437', use: 'bail before a magistrate'},
  {code: 'BNSS-483', act: 'Bharatiya Nagarik Suraksha Sanhita 2023', section: '483', title: 'Special powers of High Court or Court of Session regarding bail', oldCodeEquivalent: 'CrPC-439', use: 'bail before the Sessions Court or High Court'},
  {code: 'CrPC-437', act: 'Code of Criminal Procedure 1973', section: '437', title: 'When bail may be taken in case of non-bailable offence', newCodeEquivalent: 'BNSS-480', use: 'procedure, before 1 July 2024'},
  {code: 'CrPC-439', act: 'Code of Criminal Procedure 1973', section: '439', title: 'Special powers of High Court or Court of Session regarding bail', newCodeEquivalent: 'BNSS-483', use: 'procedure, before 1 July 2024'},

  // The fund a convicted employer's penalty goes to (compensation scheme `child_labour_fund`).
  {code: 'CLPRA-14B', act: 'Child and Adolescent Labour (Prohibition and Regulation) Act 1986 (amended 2016)', section: '14B', title: 'Child and Adolescent Labour Rehabilitation Fund', use: 'Rs 15,000 per rescued child credited to the district fund; not an offence'},

  // Immoral Traffic (Prevention) Act 1956: trafficking for sexual exploitation. Cited alongside
  // BNS-143 when a child was trafficked for that purpose; labour trafficking is charged under the
  // BNS, the JJ Act and the labour Acts above. No old/new equivalence: the ITPA was not replaced.
  {code: 'ITPA-3', act: 'Immoral Traffic (Prevention) Act 1956', section: '3', title: 'Punishment for keeping a brothel or allowing premises to be used as a brothel'},
  {code: 'ITPA-4', act: 'Immoral Traffic (Prevention) Act 1956', section: '4', title: 'Punishment for living on the earnings of prostitution'},
  {code: 'ITPA-5', act: 'Immoral Traffic (Prevention) Act 1956', section: '5', title: 'Procuring, inducing or taking person for the sake of prostitution', use: 'procuring or taking a child; seven years to life where the offence is against a child'},
  {code: 'ITPA-6', act: 'Immoral Traffic (Prevention) Act 1956', section: '6', title: 'Detaining a person in premises where prostitution is carried on', use: 'a person found with a child in a brothel is presumed to have detained the child (s.6(2))'},
  {code: 'ITPA-7', act: 'Immoral Traffic (Prevention) Act 1956', section: '7', title: 'Prostitution in or in the vicinity of public place', use: 'aggravated where the person in respect of whom the offence is committed is a child'},
];
