# Lesson source: edit this file, then run `python notebooks/build.py` to rebuild the notebook.

# %% [markdown]
# # Lesson 02 · First read: your gut reaction
#
# This lesson introduces the case study: an opinion article about a phone call between
# Donald Trump and Vladimir Putin, written from a strongly pro-Kremlin point of view. You read
# it once, **before any tool runs**, and record how it struck you.
#
# **Objectives.** By the end of this lesson you can:
#
# - read a charged opinion piece once and record your reaction and your confidence honestly;
# - mark the phrases that stood out to you, and compare them with an instructor's key;
# - explain why a first reaction is worth writing down before any analysis.
#
# **Minutes:** about 20.
#
# **What you need:** lessons 00 and 01.
#
# **Where this fits:** your first read is the baseline. Lessons 03 to 05 take the article apart
# one family at a time; in lesson 06 you come back to what you wrote today.

# %%
from mediakit import texts
from mediakit.lessons import (
    FAMILY_CHOICES,
    Notes,
    Prompt,
    Reflection,
    check_number,
    check_phrases,
    compare_prediction,
    key_counts,
    key_table,
    reveal,
    show_text,
    top_key_families,
)

article = texts.case_study()

# %% [markdown]
# ## Before you read: ground rules
#
# - The article is about a real war in which real people are dying. Some people in your class
#   may have family or friends affected. Read and speak with that in mind.
# - **We study how the text tries to move its readers, not whether its side is right.** You
#   may agree with it, disagree, or have no view: all are fine here, and nobody has to say which.
# - Later you read a piece written for the kit from the **opposite** side, which uses the same
#   techniques, and a **neutral news report** of the same events. Techniques belong to no side.
# - The article is unsigned and shipped as it was supplied, typos included. The kit does not
#   endorse its views.

# %% [markdown]
# ## Read the article
#
# Read it once, at your normal speed, as you would read something in your feed. Do not stop to
# analyse yet.

# %%
show_text(article)

# %% [markdown]
# ## Your gut reaction
#
# Answer straight away, before thinking it over. There are no right answers here, and the
# answers are saved only on this computer, in `mediakit-work/notes-02-gut-check.json`.

# %%
Notes("02-gut-check", [
    Prompt("convincing", "How convincing did you find the article?", "scale",
           low="not at all", high="very"),
    Prompt("feeling", "In a few words: how did it make you feel?"),
    Prompt("wants", "In one sentence: what does the writer want you to believe, or to do?"),
    Prompt("spot", "How sure are you that you could name the techniques it uses?", "scale",
           low="not sure at all", high="very sure"),
    Prompt("before", "Before reading, did you already have a view on the topic?", "choice",
           options=("I mostly agreed with it", "I mostly disagreed with it",
                    "I had no clear view", "I prefer not to say")),
], title="Gut check (before any analysis)")

# %% [markdown]
# ## Worked example: an instructor's first marks
#
# Look at the first paragraph again:
#
# > Yesterday, Donald Trump and Vladimir Putin held their second telephone conversation
# > **(that we know of)** since Trump took office. The call lasted more than two hours, and both
# > leaders came away upbeat, stating that the talks were frank, constructive and that overall,
# > they went well.
#
# An instructor marks one thing here: the aside **"(that we know of)"**. It hints that the two
# leaders also talk in secret, but gives no evidence. The reader picks up a suspicion without
# noticing it was handed over. That is *casting doubt*.
#
# The rest of the paragraph stays **unmarked**: the length of the call and what both leaders
# said about it are plain, checkable reports. A careful reader marks the move and leaves the
# facts alone.
#
# A second example, from paragraph 3: *"a peace plan that addresses the conflict's root
# causes"*. "Root causes" is the Kremlin's own phrase for its demands. The article uses it
# without quotation marks or attribution, so one side's framing becomes the writer's own
# (the key marks this first use as *loaded language*); it then comes back twice more, so it
# quietly becomes the reader's frame too (*repetition*).

# %%
key_table(article, techniques=["doubt"])

# %%
key_table(article, phrase="root cause")

# %% [markdown]
# ## Predict, then reveal
#
# The instructor key marks every place where the article uses a technique. How many marks do
# you think it has, in the whole article? And which family do you think it marks most often?

# %%
my_count = ...  # a number
my_top_family = ...  # "loaded language", "claims", "appeals" or "shortcuts"

# %%
reveal(my_count,
       check_number(my_count, len(article.key), what="marks in the key",
                    higher="What did you read past on the first read?",
                    lower="Which parts felt charged but are plain reporting?"),
       compare_prediction(my_top_family, top_key_families(article), options=FAMILY_CHOICES),
       key_counts(article))

# %% [markdown]
# ## Try it: what stood out?
#
# Copy **three phrases** from the article that you felt were trying to move you (a few words
# each, exactly as they are written). The check tells you which ones the key marks, and as
# what. If the key leaves one of yours unmarked, that is not a failure: be ready to argue it.

# %%
my_phrases = [..., ..., ...]  # three phrases in quotes, copied from the article

check_phrases(my_phrases, article, need=3)

# %% [markdown]
# ## Reflection
#
# Write a few sentences in the boxes below. Nobody grades them; they are saved as you type,
# in the `mediakit-work` folder next to this notebook.

# %%
Reflection("02-first-read",
           "Look at your gut check. Would your reaction have been different if the same "
           "techniques had argued for the side you favour (or against it)?",
           "Which phrase did you read past on the first reading, and only noticed later?")

# %% [markdown]
# ## Key points
#
# - A first reaction is **data**: write it down before analysing, or you cannot see later how
#   the text worked on you.
# - A charged text moves readers who agree with it *and* readers who do not, often without
#   their noticing.
# - An instructor marks the moves and leaves plain reports alone, even in a one-sided text.
# - We talk about techniques, not about which side is right.
#
# **Next:** `03-loaded-language.ipynb`.
