# Lesson source: edit this file, then run `python notebooks/build.py` to rebuild the notebook.

# %% [markdown]
# # Lesson 06 · One event, three texts
#
# The same phone call, told three ways: the case study (pro-Kremlin opinion), a piece written
# for the kit from the opposite side with the same techniques, and a neutral wire-style news
# report written for the kit.
#
# **Objectives.** By the end of this lesson you can:
#
# - compare texts fairly, using findings **per 1,000 words**;
# - explain **framing**: what a text puts first, what it leaves out, whose words it adopts;
# - match a technique in one opinion piece to its twin in the other;
# - explain why the neutral report comes out (mostly) clean, and why the few findings in it
#   are not signs of bias;
# - look back at your first read and see what has changed.
#
# **Minutes:** about 45.
#
# **What you need:** lessons 00 to 05; your gut check from lesson 02 (saved in
# `mediakit-work/`).
#
# **Where this fits:** this lesson pulls the three families together. Lesson 07 goes outside
# the texts to check their claims.

# %%
from mediakit import analyze, texts
from mediakit.lessons import (
    Reflection,
    check_filled,
    check_order,
    check_twins,
    findings_list,
    highlight,
    key_table,
    rates,
    rates_table,
    reveal,
    show_notes,
)
from mediakit.widgets import Compare

article = texts.case_study()
opposite = texts.get(texts.OPPOSITE_SLANT)
neutral = texts.get(texts.NEUTRAL_REPORT)
reports = {"case study": analyze(article.text), "opposite slant": analyze(opposite.text),
           "news report": analyze(neutral.text)}

# %% [markdown]
# ## Predict, then reveal: rank the three
#
# Which text will have the **most findings per 1,000 words**, and which the fewest? Write the
# three names from most to least: `"case study"`, `"opposite slant"`, `"news report"`.

# %%
my_ranking = [...]  # e.g. ["case study", "opposite slant", "news report"]

# %%
reveal(my_ranking,
       check_order(my_ranking, list(rates(reports)), what="findings per 1,000 words"),
       rates_table(reports),
       Compare({article.title: reports["case study"], opposite.title: reports["opposite slant"],
                neutral.title: reports["news report"]}))

# %% [markdown]
# In the comparison above, switch families on and off. Is the gap between the opinion pieces
# and the report the same in every family?
#
# ## Worked example: "root causes", three ways
#
# Russia's government calls its demands the conflict's "root causes". Watch what each text
# does with the phrase.
#
# > **Case study:** there will be no unconditional ceasefire without a peace plan that addresses
# > **the conflict's root causes**.
#
# The phrase is **adopted**: no quotation marks, no "Moscow says". The reader takes it over as
# a description of the world, and the article comes back to it twice more.
#
# > **Opposite slant:** no ceasefire until the **"root causes"** of the conflict are addressed.
# > Translated from Kremlin-speak, the root cause is that Ukraine exists.
#
# The phrase is **mocked**: scare quotes, then a one-line verdict on what it "really" means.
#
# > **News report:** Russian officials have used the phrase **"root causes"** for months.
#
# The phrase is **attributed and described**: you learn whose phrase it is and how long it has
# been used, and you are left to judge it yourself.
#
# Same phrase, three frames. Here is what the detector sees in each sentence:

# %%
highlight(article, "addresses the conflict’s root causes")

# %%
highlight(opposite, "Translated from Kremlin-speak")

# %%
highlight(neutral, "Russian officials have used the phrase")

# %% [markdown]
# The detector may find little in these three sentences. Adopting, mocking or attributing a
# phrase is a choice about the whole text, not a word in one sentence: a reader sees it more
# easily than a program does.
#
# ## Why the news report comes out (mostly) clean
#
# The report is not clean because it avoids hard news: armies advance, people die, leaders
# refuse. It is clean because of **how** it tells it:
#
# - every statement says **who** said it ("the Kremlin said", "Zelensky told a news conference");
# - both sides get room, usually one after the other;
# - it **hedges** where nobody can know ("Neither account could be independently verified");
# - it uses plain verbs: *said*, *told*, not *rushed*, *admitted*, *boasted*.
#
# Here is everything the detector finds in it, and the instructor's key. Notice how many of
# the findings sit **inside quotations**: the reporter is quoting one side's charged words and
# telling you whose they are. A quoted charged word is something to notice, not a sign that the
# report is biased.

# %%
findings_list(reports["news report"])

# %%
key_table(neutral)

# %% [markdown]
# **Discernment, not suspicion.** If you found as much to mark in the news report as in the
# opinion pieces, that is not sharp reading: it is distrust of everything, and it makes the
# difference between a careful report and a one-sided piece invisible.
#
# ## Try it: find the twin
#
# For each phrase from the case study, copy its **twin** from the opposite-slant piece: the
# phrase that makes the same move for the other side.

# %%
my_twins = {
    "rushed to state": ...,
    "the Biden regime": ...,
    "about 100% certain": ...,
    "we are increasingly hearing reports": ...,
}

check_twins(my_twins)

# %% [markdown]
# ## Try it: what comes first?
#
# The first words of a text set the frame. Compare how each text opens:
#
# - **Case study:** "Yesterday, Donald Trump and Vladimir Putin held their second telephone
#   conversation (that we know of) since Trump took office."
# - **Opposite slant** (headline): "Another friendly call with Putin, and still no ceasefire"
# - **News report** (headline): "Trump and Putin speak for two hours on Ukraine; no agreement on
#   ceasefire"
#
# In two or three sentences: what does each opening put first, and what would a reader who
# only saw that opening believe?

# %%
my_framing = ...  # two or three sentences in quotes

check_filled(my_framing, "your comparison")

# %% [markdown]
# ## Look back at your first read
#
# Here is what you wrote in lesson 02, before any analysis (if you did it in this folder).

# %%
show_notes("02-gut-check", "gut check from lesson 02")

# %% [markdown]
# ## Reflection
#
# Write a few sentences in the boxes below. Nobody grades them; they are saved as you type,
# in the `mediakit-work` folder next to this notebook.

# %%
Reflection("06-one-event-three-texts",
           "Compared with your first read in lesson 02, what do you notice now that you did not "
           "notice then? Has your judgement of the article changed, or only how you see it?",
           "Is the news report “neutral” in every way? What did it choose to include, and in "
           "what order?")

# %% [markdown]
# ## Key points
#
# - Compare texts by **rate** (per 1,000 words), not by raw counts.
# - **Framing** is what a text puts first, whose words it adopts, mocks or attributes, and what
#   it leaves out.
# - The two opinion pieces use **the same moves** for opposite sides.
# - A careful news report attributes, gives both sides room and hedges; a few charged words
#   inside its quotations are the speakers', not the reporter's.
# - Good readers are discerning, not suspicious: they can say why one text deserves more trust
#   than another.
#
# **More practice:** the exercise `ex04_framing` (in the `exercises` folder, or from your
# instructor), with a self-check after each answer.
#
# **Next:** `07-investigate-claims.ipynb`.
