// Tables copied verbatim from RULES.md (the team's reference on the law), so tests check the shipped
// data and the calendar against the document rather than against the code's own output.

/** RULES.md §9.4: bank holidays 2018-2027 by division († marks proclaimed one-offs). */
export const RULES_9_4 = `
| Year | England & Wales | Scotland | Northern Ireland |
|---|---|---|---|
| 2018 | 01 Jan, 30 Mar, 02 Apr, 07 May, 28 May, 27 Aug, 25 Dec, 26 Dec | 01 Jan, 02 Jan, 30 Mar, 07 May, 28 May, 06 Aug, 30 Nov, 25 Dec, 26 Dec | 01 Jan, 19 Mar, 30 Mar, 02 Apr, 07 May, 28 May, 12 Jul, 27 Aug, 25 Dec, 26 Dec |
| 2019 | 01 Jan, 19 Apr, 22 Apr, 06 May, 27 May, 26 Aug, 25 Dec, 26 Dec | 01 Jan, 02 Jan, 19 Apr, 06 May, 27 May, 05 Aug, 02 Dec, 25 Dec, 26 Dec | 01 Jan, 18 Mar, 19 Apr, 22 Apr, 06 May, 27 May, 12 Jul, 26 Aug, 25 Dec, 26 Dec |
| 2020 | 01 Jan, 10 Apr, 13 Apr, 08 May†, 25 May, 31 Aug, 25 Dec, 28 Dec | 01 Jan, 02 Jan, 10 Apr, 08 May†, 25 May, 03 Aug, 30 Nov, 25 Dec, 28 Dec | 01 Jan, 17 Mar, 10 Apr, 13 Apr, 08 May†, 25 May, 13 Jul, 31 Aug, 25 Dec, 28 Dec |
| 2021 | 01 Jan, 02 Apr, 05 Apr, 03 May, 31 May, 30 Aug, 27 Dec, 28 Dec | 01 Jan, 04 Jan, 02 Apr, 03 May, 31 May, 02 Aug, 30 Nov, 27 Dec, 28 Dec | 01 Jan, 17 Mar, 02 Apr, 05 Apr, 03 May, 31 May, 12 Jul, 30 Aug, 27 Dec, 28 Dec |
| 2022 | 03 Jan, 15 Apr, 18 Apr, 02 May, 02 Jun†, 03 Jun†, 29 Aug, 19 Sep†, 26 Dec, 27 Dec | 03 Jan, 04 Jan, 15 Apr, 02 May, 02 Jun†, 03 Jun†, 01 Aug, 19 Sep†, 30 Nov, 26 Dec, 27 Dec | 03 Jan, 17 Mar, 15 Apr, 18 Apr, 02 May, 02 Jun†, 03 Jun†, 12 Jul, 29 Aug, 19 Sep†, 26 Dec, 27 Dec |
| 2023 | 02 Jan, 07 Apr, 10 Apr, 01 May, 08 May†, 29 May, 28 Aug, 25 Dec, 26 Dec | 02 Jan, 03 Jan, 07 Apr, 01 May, 08 May†, 29 May, 07 Aug, 30 Nov, 25 Dec, 26 Dec | 02 Jan, 17 Mar, 07 Apr, 10 Apr, 01 May, 08 May†, 29 May, 12 Jul, 28 Aug, 25 Dec, 26 Dec |
| 2024 | 01 Jan, 29 Mar, 01 Apr, 06 May, 27 May, 26 Aug, 25 Dec, 26 Dec | 01 Jan, 02 Jan, 29 Mar, 06 May, 27 May, 05 Aug, 02 Dec, 25 Dec, 26 Dec | 01 Jan, 18 Mar, 29 Mar, 01 Apr, 06 May, 27 May, 12 Jul, 26 Aug, 25 Dec, 26 Dec |
| 2025 | 01 Jan, 18 Apr, 21 Apr, 05 May, 26 May, 25 Aug, 25 Dec, 26 Dec | 01 Jan, 02 Jan, 18 Apr, 05 May, 26 May, 04 Aug, 01 Dec, 25 Dec, 26 Dec | 01 Jan, 17 Mar, 18 Apr, 21 Apr, 05 May, 26 May, 14 Jul, 25 Aug, 25 Dec, 26 Dec |
| 2026 | 01 Jan, 03 Apr, 06 Apr, 04 May, 25 May, 31 Aug, 25 Dec, 28 Dec | 01 Jan, 02 Jan, 03 Apr, 04 May, 25 May, 03 Aug, 30 Nov, 25 Dec, 28 Dec | 01 Jan, 17 Mar, 03 Apr, 06 Apr, 04 May, 25 May, 13 Jul, 31 Aug, 25 Dec, 28 Dec |
| 2027 | 01 Jan, 26 Mar, 29 Mar, 03 May, 31 May, 30 Aug, 27 Dec, 28 Dec | 01 Jan, 04 Jan, 26 Mar, 03 May, 31 May, 02 Aug, 30 Nov, 27 Dec, 28 Dec | 01 Jan, 17 Mar, 26 Mar, 29 Mar, 03 May, 31 May, 12 Jul, 30 Aug, 27 Dec, 28 Dec |
`;

/** RULES.md §9.5: FOIA/EIR non-working weekdays (union of all three divisions). */
export const RULES_9_5 = `
| Year | Non-working weekdays |
|---|---|
| 2018 | 01 Jan, 02 Jan (Scot), 19 Mar (NI), 30 Mar, 02 Apr, 07 May, 28 May, 12 Jul (NI), 06 Aug (Scot), 27 Aug, 30 Nov (Scot), 25 Dec, 26 Dec |
| 2019 | 01 Jan, 02 Jan (Scot), 18 Mar (NI), 19 Apr, 22 Apr, 06 May, 27 May, 12 Jul (NI), 05 Aug (Scot), 26 Aug, 02 Dec (Scot), 25 Dec, 26 Dec |
| 2020 | 01 Jan, 02 Jan (Scot), 17 Mar (NI), 10 Apr, 13 Apr, 08 May, 25 May, 13 Jul (NI), 03 Aug (Scot), 31 Aug, 30 Nov (Scot), 25 Dec, 28 Dec |
| 2021 | 01 Jan, 04 Jan (Scot), 17 Mar (NI), 02 Apr, 05 Apr, 03 May, 31 May, 12 Jul (NI), 02 Aug (Scot), 30 Aug, 30 Nov (Scot), 27 Dec, 28 Dec |
| 2022 | 03 Jan, 04 Jan (Scot), 17 Mar (NI), 15 Apr, 18 Apr, 02 May, 02 Jun, 03 Jun, 12 Jul (NI), 01 Aug (Scot), 29 Aug, 19 Sep, 30 Nov (Scot), 26 Dec, 27 Dec |
| 2023 | 02 Jan, 03 Jan (Scot), 17 Mar (NI), 07 Apr, 10 Apr, 01 May, 08 May, 29 May, 12 Jul (NI), 07 Aug (Scot), 28 Aug, 30 Nov (Scot), 25 Dec, 26 Dec |
| 2024 | 01 Jan, 02 Jan (Scot), 18 Mar (NI), 29 Mar, 01 Apr, 06 May, 27 May, 12 Jul (NI), 05 Aug (Scot), 26 Aug, 02 Dec (Scot), 25 Dec, 26 Dec |
| 2025 | 01 Jan, 02 Jan (Scot), 17 Mar (NI), 18 Apr, 21 Apr, 05 May, 26 May, 14 Jul (NI), 04 Aug (Scot), 25 Aug, 01 Dec (Scot), 25 Dec, 26 Dec |
| 2026 | 01 Jan, 02 Jan (Scot), 17 Mar (NI), 03 Apr, 06 Apr, 04 May, 25 May, 13 Jul (NI), 03 Aug (Scot), 31 Aug, 30 Nov (Scot), 25 Dec, 28 Dec |
| 2027 | 01 Jan, 04 Jan (Scot), 17 Mar (NI), 26 Mar, 29 Mar, 03 May, 31 May, 12 Jul (NI), 02 Aug (Scot), 30 Aug, 30 Nov (Scot), 27 Dec, 28 Dec |
`;

/** RULES.md §2.2: worked deadline vectors. */
export const RULES_2_2 = `
| Received | 20th WD (strict) | Code-4.2 reading | Naive E&W-only (wrong) | FOISA (Scottish hols only) | 40th WD (strict) |
|---|---|---|---|---|---|
| Mon 01 Dec 2025 (Scot BH) | Wed 31 Dec 2025 | Mon 05 Jan 2026 | Wed 31 Dec 2025 | Wed 31 Dec 2025 | Fri 30 Jan 2026 |
| Fri 19 Dec 2025 | Thu 22 Jan 2026 | Thu 22 Jan 2026 | Wed 21 Jan 2026 | Thu 22 Jan 2026 | Thu 19 Feb 2026 |
| Sat 20 Dec 2025 | Thu 22 Jan 2026 | Fri 23 Jan 2026 | Wed 21 Jan 2026 | Thu 22 Jan 2026 | Thu 19 Feb 2026 |
| Fri 13 Mar 2026 | Wed 15 Apr 2026 | Wed 15 Apr 2026 | Tue 14 Apr 2026 | Mon 13 Apr 2026 | Thu 14 May 2026 |
| Fri 03 Jul 2026 | Tue 04 Aug 2026 | Tue 04 Aug 2026 | Fri 31 Jul 2026 | Fri 31 Jul 2026 | Wed 02 Sep 2026 |
| Fri 20 Nov 2026 | Mon 21 Dec 2026 | Mon 21 Dec 2026 | Fri 18 Dec 2026 | Mon 21 Dec 2026 | Fri 22 Jan 2027 |
| Fri 15 Mar 2024 | Wed 17 Apr 2024 | Wed 17 Apr 2024 | Tue 16 Apr 2024 | Mon 15 Apr 2024 | Thu 16 May 2024 |
`;

/**
 * gov.uk bank-holidays.json for England and Wales, 2014-2017, from a published snapshot (RULES.md
 * source S46), to check the rule-derived years against real data.
 */
export const GOVUK_EW_2014_2017: readonly { title: string; date: string; notes: string }[] = [
  { title: 'New Year’s Day', date: '2014-01-01', notes: '' },
  { title: 'Good Friday', date: '2014-04-18', notes: '' },
  { title: 'Easter Monday', date: '2014-04-21', notes: '' },
  { title: 'Early May bank holiday', date: '2014-05-05', notes: '' },
  { title: 'Spring bank holiday', date: '2014-05-26', notes: '' },
  { title: 'Summer bank holiday', date: '2014-08-25', notes: '' },
  { title: 'Christmas Day', date: '2014-12-25', notes: '' },
  { title: 'Boxing Day', date: '2014-12-26', notes: '' },
  { title: 'New Year’s Day', date: '2015-01-01', notes: '' },
  { title: 'Good Friday', date: '2015-04-03', notes: '' },
  { title: 'Easter Monday', date: '2015-04-06', notes: '' },
  { title: 'Early May bank holiday', date: '2015-05-04', notes: '' },
  { title: 'Spring bank holiday', date: '2015-05-25', notes: '' },
  { title: 'Summer bank holiday', date: '2015-08-31', notes: '' },
  { title: 'Christmas Day', date: '2015-12-25', notes: '' },
  { title: 'Boxing Day', date: '2015-12-28', notes: 'Substitute day' },
  { title: 'New Year’s Day', date: '2016-01-01', notes: '' },
  { title: 'Good Friday', date: '2016-03-25', notes: '' },
  { title: 'Easter Monday', date: '2016-03-28', notes: '' },
  { title: 'Early May bank holiday', date: '2016-05-02', notes: '' },
  { title: 'Spring bank holiday', date: '2016-05-30', notes: '' },
  { title: 'Summer bank holiday', date: '2016-08-29', notes: '' },
  { title: 'Boxing Day', date: '2016-12-26', notes: '' },
  { title: 'Christmas Day', date: '2016-12-27', notes: 'Substitute day' },
  { title: 'New Year’s Day', date: '2017-01-02', notes: 'Substitute day' },
  { title: 'Good Friday', date: '2017-04-14', notes: '' },
  { title: 'Easter Monday', date: '2017-04-17', notes: '' },
  { title: 'Early May bank holiday', date: '2017-05-01', notes: '' },
  { title: 'Spring bank holiday', date: '2017-05-29', notes: '' },
  { title: 'Summer bank holiday', date: '2017-08-28', notes: '' },
  { title: 'Christmas Day', date: '2017-12-25', notes: '' },
  { title: 'Boxing Day', date: '2017-12-26', notes: '' },
];
