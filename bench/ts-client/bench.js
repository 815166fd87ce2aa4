// SuperOffice's own TypeScript WebAPI client (@superoffice/webapi, pinned in package.json) doing
// what bench_client times: GetContactEntity and SaveContactEntity of one company, the way a
// SuperOffice developer would (a ContactAgent with Basic credentials in its axios config).
// bench_client starts it and writes one word a line, "get" or "save"; each answer is a line with
// the milliseconds from the call until the agent's promise resolved, or "error <why>".
// Usage: node bench.js BASE_URL USER PASSWORD CONTACT_ID LANGUAGE PERSONS
"use strict";
const readline = require("readline");
const { ContactAgent } = require("@superoffice/webapi");

const [baseUrl, username, password, contactIdText, language, personsText] = process.argv.slice(2);
const contactId = Number(contactIdText);
const persons = Number(personsText);
const agent = new ContactAgent(baseUrl, { auth: { username, password } }, language);
let entity = null;

function checked(answer) {
    // The agent hands back its own camel-cased model (contactId, persons).
    if (!answer || answer.contactId !== contactId || !Array.isArray(answer.persons) ||
        answer.persons.length !== persons)
        throw new Error(`unexpected answer for company ${contactId}`);
    return answer;
}

async function timed(call) {
    const start = process.hrtime.bigint();
    const answer = await call();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    checked(answer);
    return { ms, answer };
}

async function run(command) {
    if (command === "get") {
        const { ms, answer } = await timed(() => agent.getContactEntityAsync(contactId));
        entity = answer;
        return ms;
    }
    if (command === "save") {
        if (!entity)
            entity = checked(await agent.getContactEntityAsync(contactId));
        const { ms, answer } = await timed(() => agent.saveContactEntityAsync(entity));
        entity = answer;
        return ms;
    }
    throw new Error(`unknown command ${command}`);
}

// One command at a time, in order.
let queue = Promise.resolve();
readline.createInterface({ input: process.stdin }).on("line", line => {
    const command = line.trim();
    if (!command)
        return;
    queue = queue.then(() => run(command))
        .then(ms => process.stdout.write(`${ms.toFixed(3)}\n`))
        .catch(err => process.stdout.write(`error ${String(err && err.message || err).split("\n")[0]}\n`));
});
