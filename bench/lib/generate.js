'use strict';
// Generates reply drafts in the shapes of published council letters: a header with the date and
// reference, the quoted request (1 to 30 questions, "If yes:" parts, "If no:" branches, "if the answer
// is no, you may disregard the rest"), the regime statement, the response (restated questions with
// short answers, Markdown tables, prose, refusals under sections 40(2), 43(2) and 12), and the closing
// sections. Some drafts use CRLF, some YAML front matter, some carry the stray ** markers of converted
// documents, and some have the mistakes officers make (a [TBC], a missing answer or "Your rights").
// Everything comes from a seeded generator: the same seed gives the same text, byte for byte.

const { createRng, mixSeed } = require('./prng');
const w = require('./words');

/** The corpus seed used by the benchmarks; draft i of any corpus is generateDraft(mixSeed(SEED, i)). */
const SEED = 20250611;

const MONTHS = w.months;

function commas(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function addDays(date, days) {
  const d = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

const longDate = (d) => `${d.d} ${MONTHS[d.m - 1]} ${d.y}`;
const isoDate = (d) => `${d.y}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;

function fill(template, topic, rng) {
  return template
    .replace('{t}', topic[0])
    .replace('{n}', topic[1])
    .replace('{d}', topic[2])
    .replace('{p}', rng.pick(w.periods));
}

// ---- answers: each is a list of blocks; a block is a list of lines; tables are blocks that can grow.

function tableBlock(rng, rows) {
  const kind = rng.int(0, 2);
  const block = { table: true, lines: [], kind, rng, n: 0 };
  if (kind === 0) block.lines.push('| Year | Number | Cost (£) |', '| --- | ---: | ---: |');
  else if (kind === 1) block.lines.push('| Ward | Month | Cases | Closed within target |', '|------|-------|------:|------:|');
  else block.lines.push('| Supplier | Service | Annual value (£) | Contract ends |', '| :--- | :--- | ---: | :---: |');
  for (let i = 0; i < rows; i++) addRow(block);
  return block;
}

function addRow(block) {
  const { rng } = block;
  const i = block.n++;
  if (block.kind === 0) block.lines.push(`| ${2015 + (i % 10)}/${String(16 + (i % 10)).padStart(2, '0')} | ${commas(rng.int(3, 9000))} | ${commas(rng.int(1000, 900000))} |`);
  else if (block.kind === 1) block.lines.push(`| ${w.wards[i % w.wards.length]} | ${MONTHS[i % 12]} | ${rng.int(0, 400)} | ${rng.int(40, 100)}% |`);
  else block.lines.push(`| ${rng.pick(w.suppliers)} | ${rng.pick(w.topics)[0]} | ${commas(rng.int(5000, 2500000))} | ${rng.int(2025, 2030)} |`);
}

function prose(rng, sentences) {
  return { lines: [shuffled(rng, w.proseSentences).slice(0, sentences).join(' ')] };
}

function shuffled(rng, items) {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const para = (...lines) => ({ lines });

function answerBlocks(kind, rng, topic) {
  switch (kind) {
    case 'number':
      return [para(`The council recorded ${commas(rng.int(2, 25000))} ${topic[1]} in that period.`)];
    case 'table':
      return [para(rng.pick(['Please see the table below.', `The figures for ${topic[1]} are below.`, 'The information is in the following table:'])), tableBlock(rng, rng.int(3, 14))];
    case 'long':
      return [prose(rng, rng.int(2, 5)), prose(rng, rng.int(1, 4))].concat(rng.chance(0.4) ? [prose(rng, rng.int(2, 5))] : []);
    case 'notHeld':
      return [
        para(`The council does not hold this information. You may wish to contact ${rng.pick(w.others)}, which may hold it.`),
      ];
    case 'attached':
      return [para(rng.pick(['Please see the attached spreadsheet.', 'The information requested is attached.', `A copy of ${topic[2]} is attached.`]))];
    case 's40':
      return [
        para(
          'We are withholding the names and salaries of individual officers under section 40(2) of the Freedom of Information Act 2000,',
          'because they are the personal data of third parties. Disclosure would breach the first data protection principle:',
          'officers below senior management level would have no reasonable expectation that their names and pay would be published.',
        ),
        para(
          'Section 40(2) is an absolute exemption where the first condition in section 40(3A)(a) is met, so no public interest test is needed.',
          `The team has ${rng.int(3, 40)} staff; job titles and pay grades are published in the council's pay policy statement.`,
        ),
      ];
    case 's43':
      return [
        para(
          `We are withholding the rates under section 43(2) of the Freedom of Information Act 2000 because disclosure would be likely`,
          'to prejudice the commercial interests of the suppliers, whose rates are negotiated individually and would be used by',
          'competitors in the current re-tendering exercise.',
        ),
        para(
          'Section 43(2) is a qualified exemption, so we have considered the public interest. In favour of disclosure: transparency',
          'in the spending of public money. In favour of maintaining the exemption: fair competition in the re-tender. We have',
          'concluded that the public interest in maintaining the exemption outweighs the public interest in disclosure.',
        ),
      ];
    case 's12': {
      const files = rng.int(800, 9000);
      const hours = Math.round((files * rng.int(3, 10)) / 60);
      return [
        para(
          `The information is held in ${commas(files)} individual case files, which would each have to be read to find it. At about`,
          `${rng.int(3, 10)} minutes a file, locating, retrieving and extracting the information would take about ${hours} hours.`,
        ),
        para(
          'This exceeds the appropriate limit of £450, which represents 18 hours of work at £25 an hour, set by the Freedom of',
          'Information and Data Protection (Appropriate Limit and Fees) Regulations 2004. Section 12 of the Freedom of Information',
          'Act 2000 therefore applies and the council is not obliged to comply with this part of your request.',
        ),
        para(
          'Advice and assistance: if you narrowed your request to a single year, or to cases closed in one ward, we may be able',
          'to answer it within the limit. Please contact us if you would like to discuss this.',
        ),
      ];
    }
    default:
      throw new Error(`unknown answer kind ${kind}`);
  }
}

// ---- the draft

function pickQuestionCount(rng) {
  return rng.weighted([
    [35, () => rng.int(1, 3)],
    [30, () => rng.int(4, 7)],
    [20, () => rng.int(8, 12)],
    [10, () => rng.int(13, 20)],
    [5, () => rng.int(21, 30)],
  ])();
}

/** The questions of a draft: top-level questions with their parts, conditions and planned answers. */
function planQuestions(rng, count, topic, allowRefusals) {
  const questions = [];
  let pool = [];
  let conditional = 'none';
  if (count >= 2) conditional = rng.weighted([[55, 'none'], [25, 'ifYes'], [20, 'disregard']]);
  for (let i = 0; i < count; i++) {
    const q = { n: i + 1, parts: [], answer: null, polarity: 'unknown', branchNo: false };
    if (i === 0 && conditional !== 'none') {
      q.text = fill(rng.pick(w.yesNoQuestions), topic, rng);
      q.polarity = rng.chance(0.6) ? 'no' : 'yes';
      if (conditional === 'ifYes') {
        const parts = rng.int(2, 4);
        const start = rng.int(0, w.ifYesParts.length - parts);
        q.parts = w.ifYesParts.slice(start, start + parts).map((text) => ({ text, answer: answerKind(rng, ['long', 'number', 'table', 'attached'], false) }));
      } else {
        q.text += ' If the answer is no, you may disregard the rest of the questions';
      }
      q.answer = q.polarity === 'no' ? 'no' : 'yes';
    } else {
      // Each open question once before any repeats, as a requester would write them.
      if (pool.length === 0) pool = shuffled(rng, w.openQuestions);
      const [template, kinds] = pool.pop();
      q.text = fill(template, topic, rng);
      q.answer = answerKind(rng, kinds, allowRefusals);
      if (i === 1 && conditional === 'ifYes') q.branchNo = true;
      if (i === 1 && conditional === 'disregard') q.text = `If yes, ${q.text.charAt(0).toLowerCase()}${q.text.slice(1)}`;
    }
    questions.push(q);
  }
  return { questions, conditional };
}

function answerKind(rng, kinds, allowRefusals) {
  const usable = allowRefusals ? kinds : kinds.filter((k) => !/^s\d/.test(k));
  return rng.pick(usable.length ? usable : ['long']);
}

/**
 * One draft. Options: `questions` (a fixed count), `targetBytes` (grow answers or questions until the
 * text is about this long), `shape` ('long-answers' grows tables and prose, 'many-questions' adds
 * questions), and `crlf` / `frontMatter` / `style` to force those choices.
 */
function generateDraft(seed, options = {}) {
  const rng = createRng(seed);
  const authority = rng.pick(w.authorities);
  const team = rng.pick(w.teams);
  const topic = rng.pick(w.topics);
  const style = options.style ?? rng.weighted([[30, 'barnet-plain'], [25, 'barnet-md'], [30, 'headings'], [15, 'numbers-only']]);
  const crlf = options.crlf ?? rng.chance(0.12);
  const frontMatter = options.frontMatter ?? rng.chance(0.2);
  const stray = style === 'barnet-plain' || style === 'barnet-md' || rng.chance(0.2);
  const eir = rng.chance(0.08);
  const defect = options.clean ? 'none' : rng.weighted([[85, 'none'], [3, 'tbc'], [3, 'no-answer'], [3, 'no-rights'], [2, 'no-dm'], [2, 'late-date'], [2, 'todo']]);

  const received = { y: rng.int(2019, 2025), m: rng.int(1, 12), d: rng.int(1, 28) };
  const sent = defect === 'late-date' ? addDays(received, -rng.int(2, 9)) : addDays(received, rng.int(1, 34));
  const ref = rng.chance(0.5) ? String(rng.int(5000000, 7999999)) : `FOI-${received.y}-${String(rng.int(1, 9999)).padStart(4, '0')}`;

  let count = options.questions ?? pickQuestionCount(rng);
  if (options.shape === 'many-questions' && options.targetBytes) count = Math.max(1, Math.round(options.targetBytes / 610));
  if (style === 'numbers-only' && options.shape !== 'long-answers') count = Math.min(count, 30);
  const plan = planQuestions(rng, count, topic, !eir && style !== 'numbers-only');
  if (options.targetBytes && plan.conditional === 'disregard') {
    // A "no, disregard the rest" reply has one short answer: nothing there to grow.
    plan.questions[0].polarity = 'yes';
    plan.questions[0].answer = 'yes';
  }
  if (options.brief) for (const q of plan.questions) if (q.answer !== 'yes' && q.answer !== 'no') q.answer = 'number';
  const answers = plan.questions.map((q) => ({ q, blocks: style === 'numbers-only' ? [] : blocksFor(q, rng, topic) }));

  const brief = options.brief ?? false;
  const build = () =>
    render({ rng: createRng(mixSeed(seed, 1)), authority, team, topic, style, frontMatter, stray, eir, defect, received, sent, ref, plan, answers, brief });

  let lines = build();
  if (options.targetBytes && options.shape !== 'many-questions') {
    // Grow the answers round-robin (table rows and prose paragraphs) until the draft is long enough.
    const grow = createRng(mixSeed(seed, 2));
    const growable = answers.filter((a) => a.blocks.length);
    if (growable.length === 0) throw new Error('a draft in the numbers-only style cannot be grown; pass style');
    let size = byteLength(lines, crlf);
    let turn = 0;
    while (size < options.targetBytes) {
      const missing = options.targetBytes - size;
      // Work in steps of a few percent of what is missing so the loop renders only a few dozen times.
      const steps = Math.max(1, Math.ceil(missing / 2000));
      for (let s = 0; s < steps; s++, turn++) {
        const a = growable[turn % growable.length];
        let table = a.blocks.find((b) => b.table);
        if (turn % 3 === 2) a.blocks.push(prose(grow, grow.int(2, 5)));
        else {
          if (!table) {
            table = tableBlock(grow, 0);
            a.blocks.push(table);
          }
          for (let r = 0; r < 20; r++) addRow(table);
        }
      }
      lines = build();
      const grown = byteLength(lines, crlf);
      if (grown <= size) throw new Error(`draft ${seed} does not grow towards ${options.targetBytes} bytes`);
      size = grown;
    }
  }

  const eol = crlf ? '\r\n' : '\n';
  const text = lines.join(eol) + eol;
  return {
    text,
    info: { seed, style, crlf, frontMatter, stray, eir, defect, questions: count, conditional: plan.conditional, bytes: Buffer.byteLength(text) },
  };
}

function byteLength(lines, crlf) {
  let n = 0;
  for (const l of lines) n += Buffer.byteLength(l) + (crlf ? 2 : 1);
  return n;
}

function blocksFor(q, rng, topic) {
  if (q.answer === 'no') return [para(rng.pick(['No', 'No.', `No. The council does not use ${topic[0]}.`]))];
  if (q.answer === 'yes') return [para(rng.pick(['Yes', 'Yes.', `Yes. The council has used ${topic[0]} since ${rng.int(2015, 2023)}.`]))];
  return answerBlocks(q.answer, rng, topic);
}

// ---- rendering

function heading(style, title, level) {
  if (style === 'barnet-md') return [`${'#'.repeat(level)} **${title}**`];
  if (style === 'headings') return [`${'#'.repeat(level)} ${title}`];
  return [title];
}

function render(d) {
  const { rng, style, stray } = d;
  const out = [];
  const blank = () => out.push('');
  const hard = style === 'barnet-md' ? '  ' : '';

  if (d.frontMatter) {
    out.push('---', `reference: ${d.ref}`, `received: ${isoDate(d.received)}`, `sent: ${isoDate(d.sent)}`, `regime: ${d.eir ? 'eir' : 'foia'}`);
    if (rng.chance(0.5)) out.push(`officer: ${rng.pick(['J. Smith', 'A. Khan', 'M. Evans', 'S. Patel'])}`);
    out.push('---');
  }
  // Header: team, authority, address, date, reference.
  if (!d.brief && rng.chance(0.5)) out.push(d.team + hard);
  out.push(`${d.authority[0]},${hard}`, `${d.authority[1]},${hard}`, `${d.authority[2]},${hard}`, `${d.authority[3]}${hard}`);
  if (rng.chance(0.3)) blank();
  out.push(longDate(d.sent) + hard, `Our ref: ${d.ref}`);
  blank();
  if (!d.brief && rng.chance(0.3)) {
    out.push(rng.pick(['Dear Requester,', 'Dear Ms Patel,', 'Dear Mr Jones,', 'Dear Sir or Madam,']));
    blank();
  }

  // The request, quoted.
  out.push(`Thank you for your request received on ${longDate(d.received)}, ${rng.pick(['for the following information:', 'in which you asked:', 'for the following information'])}`);
  blank();
  const b = (text) => (style === 'barnet-md' ? `**${text}**` : text);
  if (!d.brief && rng.chance(0.5)) {
    out.push(b(rng.pick(['To whom it may concern,', `Dear ${d.authority[0]},`, 'Dear FOI Team,'])));
    blank();
  }
  if (!d.brief && rng.chance(0.4)) {
    out.push(b(`Under the terms of the ${d.eir ? 'Environmental Information Regulations 2004' : 'Freedom of Information Act 2000'}, please provide me with full answers to each of the following questions:`));
    blank();
  }
  const marker = style === 'barnet-plain' || style === 'barnet-md' ? 'dash' : rng.pick(['num', 'paren', 'q']);
  const reqMark = (n) => (marker === 'dash' ? `- ${n}. ` : marker === 'num' ? `${n}. ` : marker === 'paren' ? `${n}) ` : `Q${n}. `);
  const tail = stray ? '**' : '';
  for (const q of d.plan.questions) {
    if (q.branchNo) {
      blank();
      out.push('If no:');
      blank();
    }
    const opensParts = q.parts.length > 0;
    out.push(`${reqMark(q.n)}${q.text}${opensParts ? ' If yes:' : ''}${tail}`);
    for (const [i, part] of q.parts.entries()) {
      if (marker === 'dash') out.push(`${i === 0 ? '' : ' '}- ${part.text}${tail}`);
      else out.push(`   - (${'abcdef'[i]}) ${part.text}`);
    }
  }
  blank();
  if (!d.brief && rng.chance(0.4)) {
    out.push(b('Please respond within 20 working days.'));
    blank();
  }
  out.push(`We have processed this request under the ${d.eir ? 'Environmental Information Regulations 2004' : 'Freedom of Information Act 2000'}.`);
  blank();

  // The response.
  out.push(...heading(style, 'Response', 2));
  blank();
  out.push('The council holds the information requested and it is attached/ the answers to your questions are below');
  blank();
  if (style === 'barnet-md' && rng.chance(0.5)) {
    out.push('***To whom it may concern,***');
    blank();
  }
  const disregardNo = d.plan.conditional === 'disregard' && d.plan.questions[0].polarity === 'no';
  const dropped = d.defect === 'no-answer' && d.plan.questions.length > 1 ? rng.int(1, d.plan.questions.length - 1) : -1;
  const placeholderAt = d.defect === 'tbc' || d.defect === 'todo' ? rng.int(0, d.plan.questions.length - 1) : -1;

  for (const [i, { q, blocks }] of d.answers.entries()) {
    const restated = restate(style, q, stray);
    if (q.branchNo) {
      out.push('If no:');
      blank();
    }
    const answerLines = (list) => {
      for (const block of list) {
        out.push(...block.lines);
        blank();
      }
    };
    let answer = blocks;
    if (i === placeholderAt) answer = [para(d.defect === 'tbc' ? rng.pick(['[TBC]', '[insert figure]', 'XX']) : 'TODO: check the figures with the service before sending.')];
    if (style === 'numbers-only') {
      const short = i === placeholderAt ? answer[0].lines[0] : shortAnswer(q, rng, d.topic);
      if (i !== dropped) out.push(`${q.n}. ${short}`);
      // Parts of a question answered "yes" are answered under it; after a "no" they no longer apply.
      if (q.polarity === 'yes') for (const [k, part] of q.parts.entries()) out.push(`   - (${'abcdef'[k]}) ${shortAnswer(part, rng, d.topic)}`);
      continue;
    }
    out.push(restated);
    blank();
    if (disregardNo) continue; // one answer after the last question covers them all
    if (i !== dropped) answerLines(answer);
    if (q.parts.length) {
      out.push('If yes:');
      blank();
      for (const part of q.parts) {
        out.push(`- ${part.text}${stray ? '***' : ''}`);
        if (q.polarity === 'yes') {
          blank();
          answerLines(answerBlocks(part.answer, rng, d.topic));
        }
      }
      blank();
    }
  }
  if (style === 'numbers-only') blank();
  if (disregardNo) {
    out.push(
      `The council does not use ${d.topic[0]} in any of its services, so it holds no information about the other questions. ` +
        `Partner organisations that work with the council may hold information about their own use of it.`,
    );
    blank();
  }

  // Closing sections.
  if (d.brief) {
    // The shortest complete reply: one-sentence notices, as in the smallest real letters.
    out.push(...heading(style, 'Advice and Assistance: Direct Marketing', 3), '', 'Officer contact details in this response are not consent to direct marketing under PECR.', '');
    out.push(...heading(style, 'Your rights', 3), '', `You may ask for an internal review within 40 working days (foi@${d.authority[4]}), then complain to the Information Commissioner.`);
    return out;
  }
  if (rng.chance(0.5)) {
    out.push(...heading(style, 'Further information', 3));
    blank();
    out.push(
      `If you are interested in the data that the council holds you may wish to visit the council's data portal. This brings together all our published datasets on one searchable database for anyone, anywhere to access. <https://open.${d.authority[4]}/>`,
    );
    blank();
  }
  if (d.defect !== 'no-dm') {
    out.push(...heading(style, rng.pick(['Advice and Assistance : Direct Marketing', 'Advice and Assistance: Direct Marketing']), 3));
    blank();
    out.push(
      'If you are a company that intends to use the names and contact details of council officers (or other officers) provided in this response for direct marketing, you need to be registered with the Information Commissioner to process personal data for this purpose. You must also check that the individual is not registered with one of the Preference Services to prevent Direct Marketing.',
    );
    blank();
    out.push(
      `${stray ? '**' : ''}For the avoidance of doubt the provision of council (and other) officer names and contact details under FOI does not give consent to receive direct marketing via any media and expressly does not constitute a 'soft opt-in' under PECR.${stray ? '**' : ''}`,
    );
    blank();
  }
  if (d.defect !== 'no-rights') {
    out.push(...heading(style, 'Your rights', 3));
    blank();
    out.push(
      `If you are unhappy with the way your request for information has been handled, you can request a review within the next 40 working days by writing to the ${d.team} at: foi@${d.authority[4]}. Or by post to ${d.team}, ${d.authority[0]}, ${d.authority[1]}, ${d.authority[3]}`,
    );
    blank();
    out.push(
      "If, having exhausted our review procedure, you remain dissatisfied with the handling of your request or complaint, you will have a right to appeal to the Information Commissioner at: The Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF (telephone: 0303 123 1113; website www.ico.org.uk). There is no charge for making an appeal.",
    );
  }
  if (rng.chance(0.3)) {
    blank();
    out.push('Yours sincerely,', '', d.team);
  }
  return out;
}

function restate(style, q, stray) {
  if (style === 'barnet-md') return `**${q.n}. ${q.text}**${stray && q.n === 1 ? '*' : ''}`;
  if (style === 'headings') return `**Q${q.n}. ${q.text}**`;
  return `${q.n}. ${q.text}`;
}

function shortAnswer(q, rng, topic) {
  if (q.answer === 'no') return 'No.';
  if (q.answer === 'yes') return 'Yes.';
  if (q.answer === 'notHeld') return 'The council does not hold this information.';
  if (q.answer === 'attached') return 'Please see the attached spreadsheet.';
  return rng.pick([`${commas(rng.int(2, 9000))} ${topic[1]}.`, `${commas(rng.int(2, 400))} in total, across ${rng.int(2, 20)} wards.`, rng.pick(w.proseSentences)]);
}

/** Draft i of the benchmark corpus. */
function corpusDraft(i) {
  return generateDraft(mixSeed(SEED, i));
}

module.exports = { SEED, generateDraft, corpusDraft };
