// Search with Pagefind's JS API, in the index of the page's language (Pagefind keeps one per html lang and
// segments Chinese). Every text shown comes from the page's data attributes (the theme's i18n), none from here.
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const input = document.getElementById("search-q");
const query = new URLSearchParams(location.search).get("q")?.trim() ?? "";

function say(text) {
  status.textContent = text;
}

async function run() {
  if (!query) {
    return;
  }

  input.value = query;
  say(status.dataset.loading);
  let pagefind;
  try {
    pagefind = await import(`${status.dataset.index}pagefind.js`);
  } catch {
    say(status.dataset.unavailable);
    return;
  }

  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  list.replaceChildren(...results.map((data) => {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta?.title ?? data.url;
    const excerpt = document.createElement("p");
    excerpt.innerHTML = data.excerpt; // Pagefind's excerpt of our own pages: escaped text with <mark> around the matches
    item.append(link, excerpt);
    return item;
  }));
  say(results.length === 0 ? status.dataset.none : status.dataset.count.replace("{count}", String(search.results.length)));
}

run();
