# Lesson source: edit this file, then run `python notebooks/build.py` to rebuild the notebook.
# ruff: noqa: B018  (a bare name at the end of a cell displays it, as in any notebook)

# %% [markdown]
# # Lesson 01 · Warm-up: a letter about a town pool
#
# A town council has voted to close its old swimming pool, and a resident has written to the
# local paper. Nobody outside the (invented) town of Millbrook has a stake in this, which makes
# it a good place to practise.
#
# **Objectives.** By the end of this lesson you can:
#
# - name the four families of techniques and find them in a short text;
# - tell a technique from a plain fact, and leave plain sentences alone;
# - label every sentence *before* seeing any answer, then compare with the detector and with an
#   instructor's key;
# - read the detector's reasons and argue with one of its calls.
#
# **Minutes:** about 25.
#
# **What you need:** lesson 00 (running cells, replacing `...`).
#
# **Where this fits:** low-stakes practice before the charged case study in lesson 02. The
# same four families and the same predict-then-reveal routine come back in every lesson.

# %%
from mediakit import analyze, texts
from mediakit.lessons import (
    Reflection,
    argue,
    check_each,
    check_filled,
    check_phrases,
    families_table,
    highlight,
    reveal,
    show_text,
)
from mediakit.widgets import Explorer, SpotTheTechnique

letter = texts.get(texts.WARMUP)

# %% [markdown]
# ## The four families
#
# Keep this table in view. You will not need the names of all eighteen techniques today: the
# family is enough.

# %%
families_table()

# %% [markdown]
# ## Worked example
#
# One sentence from the letter can carry several moves at once:
#
# > This is a **shameful** decision, made by **a handful of people** **who have clearly never
# > set foot in the place**.
#
# - **"shameful"** is a verdict, not a description: it tells you how to feel before giving a
#   reason. *Loaded language.* A neutral version: "a decision I disagree with".
# - **"a handful of people"** turns four elected councillors into a small clique, which makes
#   the vote sound illegitimate. *Exaggeration* (here, minimising).
# - **"who have clearly never set foot in the place"** is a guess about the councillors,
#   presented as obvious ("clearly") with nothing to back it. *Casting doubt.*
#
# Compare a sentence from the same letter: *"The pool opened in 1962 and is open every day
# from June to August."* It is a plain fact someone could check. **There is nothing to mark**,
# and leaving it alone is part of the skill.
#
# Here is what the detector sees in the first sentence, analysed on its own:

# %%
highlight(letter, "This is a shameful decision")

# %% [markdown]
# Did it find all three moves? If not, which one did it miss, and why might a program that
# looks for words miss it?
#
# ## Read the letter
#
# Read it once, at normal speed. The ¶ numbers help you talk about it.

# %%
show_text(letter)

# %% [markdown]
# ## Predict, then reveal: spot the technique
#
# Now label **every sentence**: choose the family of techniques it uses, or **"none
# (neutral)"** if it simply reports. Then say how sure you are. Nothing is shown until you
# click **Reveal**.
#
# - The results compare you with the instructor's key, sentence by sentence: a **hit** (you
#   flagged a sentence the key flags), a **miss**, a **false alarm** (you flagged a plain
#   sentence) and a **correct rejection** (you left a plain sentence alone).
# - **Discernment** counts hits *and* correct rejections. Flagging every sentence scores no
#   better than guessing: suspicion is not skill.
# - Your labels are saved as you go, in `mediakit-work/spot-warmup_town_pool.json`.
#
# Use the Tab key and the arrow keys if you prefer the keyboard.

# %%
spot = SpotTheTechnique(letter)
spot

# %% [markdown]
# ## Reveal: what the detector found
#
# When you have clicked Reveal above, run the next cell. The **Explorer** shows the detector's
# findings: switch families on and off, hide the mild findings with the strength buttons, and
# move through the list of findings with the arrow keys to see why each one fired.

# %%
reveal(spot.session.revealed, Explorer(letter),
       ask="label every sentence in the activity above and click Reveal")

# %% [markdown]
# ## Try it: find the bandwagon
#
# A **bandwagon** appeal says "everyone is doing it, so should you". The key marks two
# bandwagon moves in the letter. Copy each one (a few words are enough) into the list, between
# quotes, and run the cell.

# %%
my_bandwagon = [...]  # e.g. ["first phrase", "second phrase"]

check_phrases(my_bandwagon, letter, techniques=["bandwagon"])

# %% [markdown]
# ## Try it: fact or technique?
#
# Four sentences from the letter. For each letter a to d, write `"fact"` if it states
# something plain that could be checked, or `"technique"` if it uses one of the moves.
#
# - a. *The town's annual report says it sold about 11,000 tickets last summer.*
# - b. *Closing it would destroy summer for every child in Millbrook.*
# - c. *The council will discuss the budget again at its meeting on June 12 at 7 p.m. in the
#   town hall, and residents may speak for up to three minutes each.*
# - d. *A splash pad is a sprinkler with a press release.*

# %%
my_answers = {"a": ..., "b": ..., "c": ..., "d": ...}  # "fact" or "technique"

check_each(my_answers, {"a": "fact", "b": "technique", "c": "fact", "d": "technique"},
           options=("fact", "technique"),
           why={"a": "A figure with its source (the annual report): checkable.",
                "b": "“Destroy” and “every child” are absolutes: exaggeration.",
                "c": "A date, a time, a place and a rule: plain and useful.",
                "d": "Ridicule that dismisses the alternative without discussing it."})

# %% [markdown]
# ## Argue with the detector
#
# The next cell puts the detector next to the instructor's key and picks one **false alarm**
# (the detector marks something the key leaves alone) and one **miss** (the key marks
# something the detector does not). Read both. Who do you side with, and why?

# %%
argue(analyze(letter.text), letter)

# %%
my_argument = ...  # one or two sentences: who is right about one of the two, and why?

check_filled(my_argument, "your argument")

# %% [markdown]
# ## Reflection
#
# The letter writer may well be right that the pool should stay open. Keep that in mind.
#
# Write a few sentences in the boxes below. Nobody grades them; they are saved as you type,
# in the `mediakit-work` folder next to this notebook.

# %%
Reflection("01-warm-up",
           "Which move in the letter worked on you, even after you could name it? Why?",
           "Does using techniques make the writer wrong about the pool? What would you want to "
           "know before deciding?")

# %% [markdown]
# ## Key points
#
# - Four families: **loaded language** (word choice), **claims and evidence** (what backs a
#   statement), **appeals** (fear, pity, pride, the crowd, authority), **shortcuts** (false
#   choices, clichés, slogans, deflection).
# - One sentence can carry several techniques; many sentences carry none.
# - A technique is a move, not a lie: the writer can be right and still use it.
# - **Discernment** means marking what is there *and* leaving plain sentences alone.
# - The detector and the key disagree sometimes, and so will you: argue with reasons.
#
# **Next:** `02-first-read.ipynb`, the case-study article.
