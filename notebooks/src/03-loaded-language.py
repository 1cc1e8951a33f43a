# Lesson source: edit this file, then run `python notebooks/build.py` to rebuild the notebook.
# This is also the lesson instructors project with Voila (see docs/instructor-guide.md).

# %% [markdown]
# # Lesson 03 · Loaded language
#
# Word choice is the quietest technique: the facts stay the same, and a single word tells you
# how to feel about them.
#
# **Objectives.** By the end of this lesson you can:
#
# - recognise four kinds of loaded language: **loaded words**, **name-calling and labels**,
#   **exaggeration or minimisation** and **repetition**;
# - propose a neutral word that keeps the fact;
# - show the same kind of word choice in texts from **both sides**;
# - explore the detector's findings and argue with one of them.
#
# **Minutes:** about 40.
#
# **What you need:** lessons 00 to 02.
#
# **Where this fits:** the first of three lessons that take the case study apart, one family
# at a time (03 loaded language, 04 claims and evidence, 05 appeals and shortcuts).

# %%
from mediakit import analyze, texts
from mediakit.lessons import (
    Reflection,
    argue,
    busiest_paragraphs,
    check_filled,
    check_labels,
    check_rewrite,
    compare_prediction,
    highlight,
    highlighted,
    mirror_table,
    paragraph_table,
    reveal,
    techniques_table,
)
from mediakit.widgets import Explorer

article = texts.case_study()
opposite = texts.get(texts.OPPOSITE_SLANT)
neutral = texts.get(texts.NEUTRAL_REPORT)
report = analyze(article.text)

# %% [markdown]
# ## Worked example: one fact, two word choices
#
# Both texts report the same fact: Ukraine's president rejected Russia's proposal after the
# call.
#
# > **Case study:** Shortly after yesterday's conversation between Trump and Putin, Volodymyr
# > Zelensky **rushed** to state that Ukraine **absolutely** rejects the Russian proposal.
#
# > **News report:** Ukrainian President Volodymyr Zelensky said on Tuesday that Ukraine
# > rejected the Russian proposal **in its current form** and still supported an immediate,
# > unconditional 30-day ceasefire.
#
# - **"rushed"** makes the answer sound hasty and reflexive; the text gives no evidence of how
#   it was made. The report says **"said"**.
# - **"absolutely"** makes the rejection sound total; the report keeps the qualifier "in its
#   current form" and says what Ukraine *does* support.
#
# Neither version is "the truth" by itself, but only one tells you how to feel. Here is what
# the detector finds in each sentence on its own:

# %%
highlight(article, "rushed to state")

# %%
highlight(neutral, "rejected the Russian proposal in its current form")

# %% [markdown]
# The four techniques of this family, with examples written for the kit:

# %%
techniques_table("loaded_language")

# %% [markdown]
# ## Predict, then reveal
#
# Look back at the article (lesson 02, or the Explorer below once revealed). In which
# **paragraph** (¶ number; headings count as paragraphs) will the detector find the most loaded
# language? Write a number.

# %%
my_paragraph = ...  # a paragraph number, e.g. 7

# %%
reveal(my_paragraph,
       compare_prediction(my_paragraph, [str(n) for n in
                                         busiest_paragraphs(report, "loaded_language")]),
       paragraph_table(report, "loaded_language"))

# %% [markdown]
# ## Explore the article
#
# The Explorer shows every finding. Try this:
#
# 1. Untick every family except **Loaded language**.
# 2. Set the strength to **strong only**: what is left are the words the detector is surest of.
# 3. Move through the list of findings with the arrow keys. For each one, read *why it was
#    marked* and the *neutral alternative*. Do you agree?

# %%
Explorer(report)

# %% [markdown]
# ## Both sides use it
#
# The opposite-slant piece was written for the kit to argue the other way with the same moves.
# Here are matching pairs from the two instructor keys, and then the opposite piece's loaded
# language, as the detector sees it.

# %%
mirror_table(family="loaded_language")

# %%
highlighted(analyze(opposite.text), ["loaded_language"], title=opposite.title)

# %% [markdown]
# ## Try it: name the technique
#
# Five phrases, from both opinion pieces. After each colon, write the technique: `"loaded
# language"`, `"name-calling"`, `"exaggeration"` or `"repetition"`.

# %%
my_labels = {
    "the Biden regime": ...,
    "endless wars": ...,
    "Kremlin-speak": ...,
    "crawls forward": ...,
    "literally for centuries now": ...,
}

check_labels(my_labels, article, opposite)

# %% [markdown]
# ## Try it: find a neutral word
#
# Rewrite each sentence so that it reports the same facts without the loaded words. The check
# runs the detector on your version and makes sure the facts are still there. One sentence comes
# from each side.

# %%
case_sentence = "Along with his Western sponsors, Zelensky is insisting on a 30-day ceasefire."
my_neutral_1 = ...  # your version of case_sentence, in quotes

check_rewrite(case_sentence, my_neutral_1,
              keep=["Zelensky", ("ceasefire", "truce"), ("30", "thirty")])

# %%
opposite_sentence = ("After the call, the Kremlin rushed to offer a “memorandum” about a "
                     "future peace.")
my_neutral_2 = ...  # your version of opposite_sentence, in quotes

check_rewrite(opposite_sentence, my_neutral_2,
              keep=[("Kremlin", "Russia", "Moscow"), "memorandum", "peace"])

# %% [markdown]
# ## Argue with the detector
#
# One false alarm and one miss in this family, picked from the case study. Read the detector's
# reason (the cue and the rule) and the key's reason.

# %%
argue(report, article, families=["loaded_language"])

# %%
my_argument = ...  # who is right about one of them, and why?

check_filled(my_argument, "your argument")

# %% [markdown]
# ## Reflection
#
# Write a few sentences in the boxes below. Nobody grades them; they are saved as you type,
# in the `mediakit-work` folder next to this notebook.

# %%
Reflection("03-loaded-language",
           "Pick one loaded word from the article. What picture does it put in your head that "
           "the plain word would not?",
           "You saw the same moves on both sides. Which side's loaded words were easier for you "
           "to notice, and why might that be?")

# %% [markdown]
# ## Key points
#
# - Loaded language keeps the fact and adds a verdict: *rushed* for *said*, *regime* for
#   *government*, *endless* for *many*.
# - **Labels** ("regime", "sponsors", "puppets") make you judge people before you hear them.
# - **Exaggeration** claims total certainty or total scale ("100% certain", "for centuries").
# - **Repetition** makes a phrase, such as "root causes", feel settled.
# - Both sides use the same moves. Notice which ones you catch easily, and which you miss
#   because you agree.
# - A detector finds words; you decide what they do in context.
#
# **More practice:** the exercise `ex01_loaded_language` (in the `exercises` folder, or from your
# instructor), with a self-check after each answer.
#
# **Next:** `04-claims-and-evidence.ipynb`.
