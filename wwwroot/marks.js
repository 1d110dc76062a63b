// The article page calls this after it rendered marks: the first one (the quote, the meeting's sentence or the
// entity's first mention a card linked to) is scrolled to the middle of the window.
window.ndMarks = {
    scrollToFirst: () => {
        const mark = document.querySelector("[data-testid=article-body] mark");
        if (mark) mark.scrollIntoView({ block: "center", inline: "nearest" });
    },
};
