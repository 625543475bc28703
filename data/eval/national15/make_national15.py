"""Write the fifteenth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Sosial Kabupaten Banyuwangi"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national5/make_national5.py (copied, new seed,
new regions, new directories). Every partner is one hand-written line in a directory block::
    kind sector | name | region_code [tidak] [x] | d=... | t=... | s=... | p=... | h=... | v=... | k=...

``d t s p h`` are the offers in the aspects dana, tenaga, sarana, program and
pendayagunaan_hasil; ``{...}`` at the end of an offer is its capacity (``{12}`` or, with the
words the one-column shape uses, ``{500:kg/bulan}``); ``v`` and ``k`` are vision and seeks
(otherwise a hand-written phrase for the kind is chosen); ``y=years/completed`` the track record;
``tidak`` marks an inactive partner and ``x`` a row with most cells empty. A fixed seed decides
only the mechanical parts: coordinate offsets (up to 12 km from the regency's point), which
cells go missing, how `active` is spelled, and the spellings used by the other two shapes.

Shapes written for every directory (same partners, same partner_ids):

- ``<dir>.csv``            per_aspek: the contract's canonical columns;
- ``<dir>_satu_kolom.csv`` satu_kolom: Indonesian headers and one free-text offer column;
- ``<dir>_kapital.csv``    kapital: canonical columns, UPPER CASE names and regions, variant
  regency/province spellings, region_code/lat/lon empty.

Run from the repository root (standard library only)::

    python3 data/eval/national15/make_national15.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20300815
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")
TAGS = dict(zip("dtsph", ASPECTS))
COLUMNS = [
    "partner_id",
    "name",
    "sector",
    "kind",
    "province",
    "regency",
    "region_code",
    "lat",
    "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision",
    "seeks",
    "active",
    "years_active",
    "partnerships_completed",
]
SECTORS = {"g": "pemerintah", "s": "swasta", "m": "masyarakat"}
UNITS = {
    "tenaga": "orang",
    "sarana": "unit",
    "program": "peserta",
    "pendayagunaan_hasil": "orang/tahun",
}

# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "35.10": ("Kabupaten Banyuwangi", -8.36466, 114.2059),
    "35.11": ("Kabupaten Bondowoso", -7.94369, 113.9477),
    "35.12": ("Kabupaten Situbondo", -7.80144, 114.05136),
    "35.09": ("Kabupaten Jember", -8.23514, 113.65595),
    "35.78": ("Kota Surabaya", -7.27432, 112.72358),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "13.01": ("Kabupaten Pesisir Selatan", -1.73828, 100.87926),
    "13.71": ("Kota Padang", -0.89887, 100.43764),
    "13.02": ("Kabupaten Solok", -0.98357, 100.84128),
    "13.11": ("Kabupaten Solok Selatan", -1.42359, 101.26768),
    "15.72": ("Kota Sungai Penuh", -2.11329, 101.33926),
    "76.04": ("Kabupaten Polewali Mandar", -3.31015, 119.14733),
    "76.05": ("Kabupaten Majene", -3.17316, 118.91847),
    "76.03": ("Kabupaten Mamasa", -2.94574, 119.31439),
    "76.02": ("Kabupaten Mamuju", -2.5197, 119.34458),
    "73.15": ("Kabupaten Pinrang", -3.62825, 119.60267),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "62.02": ("Kabupaten Kotawaringin Timur", -2.08581, 112.71519),
    "62.07": ("Kabupaten Seruyan", -2.25724, 112.19865),
    "62.06": ("Kabupaten Katingan", -1.68587, 113.07083),
    "62.01": ("Kabupaten Kotawaringin Barat", -2.57217, 111.77417),
    "62.71": ("Kota Palangkaraya", -2.00746, 113.76747),
    "63.71": ("Kota Banjarmasin", -3.32912, 114.5918),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "13": "Sumatera Barat",
    "15": "Jambi",
    "31": "DKI Jakarta",
    "35": "Jawa Timur",
    "51": "Bali",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "73": "Sulawesi Selatan",
    "76": "Sulawesi Barat",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "13": ["SUMATERA BARAT", "SUMBAR", "PROV. SUMATERA BARAT", "SUMATRA BARAT"],
    "15": ["JAMBI", "PROV. JAMBI"],
    "31": ["DKI JAKARTA", "DKI"],
    "35": ["JAWA TIMUR", "JATIM", "PROV. JAWA TIMUR", "PROVINSI JAWA TIMUR"],
    "51": ["BALI", "PROV. BALI"],
    "62": ["KALIMANTAN TENGAH", "KALTENG", "PROV. KALTENG", "PROVINSI KALIMANTAN TENGAH"],
    "63": ["KALIMANTAN SELATAN", "KALSEL"],
    "73": ["SULAWESI SELATAN", "SULSEL"],
    "76": ["SULAWESI BARAT", "SULBAR", "PROV. SULBAR", "PROVINSI SULAWESI BARAT"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "35.10": ["!", "KAB. BANYUWANGI", "BANYUWANGI", "KAB. BWI", "KABUPATEN BANYUWANGI (JATIM)"],
    "35.11": ["BONDOWOSO", "KAB. BONDOWOSO"],
    "35.12": ["SITUBONDO", "KAB. SITUBONDO"],
    "35.09": ["JEMBER", "KAB. JEMBER"],
    "35.78": ["SURABAYA", "KOTA SURABAYA", "KOTAMADYA SURABAYA"],
    "51.71": ["DENPASAR", "KOTA DENPASAR"],
    "13.01": [
        "!",
        "KAB. PESISIR SELATAN",
        "PESISIR SELATAN",
        "PESSEL",
        "KAB. PESSEL (PAINAN)",
        "PAINAN",
    ],
    "13.71": ["PADANG", "KOTA PADANG"],
    "13.02": ["SOLOK", "KAB. SOLOK (AROSUKA)"],
    "13.11": ["SOLOK SELATAN", "KAB. SOLSEL"],
    "15.72": ["SUNGAI PENUH", "SUNGAIPENUH", "KOTA SUNGAI PENUH"],
    "76.04": [
        "!",
        "KAB. POLEWALI MANDAR",
        "POLEWALI MANDAR",
        "POLMAN",
        "KAB. POLMAN",
        "POLEWALI MAMASA",
    ],
    "76.05": ["MAJENE", "KAB. MAJENE"],
    "76.03": ["MAMASA", "KAB. MAMASA"],
    "76.02": ["MAMUJU", "KAB. MAMUJU"],
    "73.15": ["PINRANG", "KAB. PINRANG"],
    "73.71": ["MAKASSAR", "KOTA MAKASSAR", "UJUNG PANDANG"],
    "62.02": [
        "!",
        "KAB. KOTAWARINGIN TIMUR",
        "KOTIM",
        "KAB. KOTIM",
        "KOTAWARINGIN TIMUR (SAMPIT)",
        "SAMPIT",
    ],
    "62.07": ["SERUYAN", "KAB. SERUYAN (KUALA PEMBUANG)"],
    "62.06": ["KATINGAN", "KAB. KATINGAN (KASONGAN)"],
    "62.01": ["KOBAR", "KAB. KOTAWARINGIN BARAT (PANGKALAN BUN)", "PANGKALAN BUN"],
    "62.71": ["PALANGKA RAYA", "PALANGKARAYA", "KOTA PALANGKA RAYA"],
    "63.71": ["BANJARMASIN", "KOTA BANJARMASIN"],
    "31.74": ["JAKARTA SELATAN", "JAKSEL"],
}

KIND_LABELS = {
    "dinas": "Dinas",
    "blk": "BLK",
    "lkp": "LKP/LPK",
    "pkbm": "PKBM",
    "skb": "SKB",
    "smk": "SMK",
    "dudi": "DUDI",
    "donor": "Donor",
    "ormas": "Ormas",
    "tokoh_masyarakat": "Tokoh Masyarakat",
    "pusat_karya": "Pusat Karya",
    "perguruan_tinggi": "Perguruan Tinggi",
    "koperasi": "Koperasi",
    "bumdes": "BUMDes",
}
# Default visions and seeks per kind, hand-written; a partner line may give its own.
VISIONS = {
    "dinas": [
        "meningkatkan kualitas pelayanan publik dan kesejahteraan masyarakat",
        "terwujudnya sumber daya manusia yang produktif dan berdaya saing",
        "pembangunan daerah yang inklusif melalui kolaborasi",
    ],
    "blk": [
        "tenaga kerja kompeten, produktif dan siap bersaing",
        "pelatihan vokasi yang sesuai kebutuhan industri",
    ],
    "lkp": [
        "membekali peserta dengan keterampilan praktis agar mandiri",
        "lulusan kompeten, siap kerja dan berwirausaha",
        "kursus bermutu dan terjangkau bagi semua kalangan",
    ],
    "pkbm": [
        "pendidikan sepanjang hayat untuk semua warga",
        "warga belajar yang terampil, mandiri dan berakhlak",
    ],
    "skb": ["layanan pendidikan nonformal yang bermutu dan merata"],
    "smk": [
        "lulusan SMK yang kompeten, berkarakter dan terserap industri",
        "SMK bisa, SMK hebat: siap kerja, santun dan mandiri",
    ],
    "dudi": [
        "tumbuh bersama masyarakat sekitar",
        "memberikan layanan terbaik bagi pelanggan",
        "usaha yang berkelanjutan dan bermanfaat bagi lingkungan",
    ],
    "donor": [
        "bersama membangun masyarakat yang mandiri dan sejahtera",
        "memberdayakan mustahik menjadi muzaki",
        "investasi sosial untuk pendidikan dan ekonomi warga",
    ],
    "ormas": [
        "masyarakat yang guyub, berdaya dan sejahtera",
        "pemberdayaan warga dari, oleh dan untuk warga",
    ],
    "tokoh_masyarakat": [
        "program yang bermanfaat untuk warga kampung",
        "anak muda desa punya keterampilan dan pekerjaan",
    ],
    "pusat_karya": [
        "melestarikan kerajinan daerah dan membuka lapangan kerja",
        "karya lokal naik kelas",
    ],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang berdampak bagi masyarakat"],
    "koperasi": ["anggota sejahtera melalui usaha bersama"],
    "bumdes": ["desa mandiri melalui usaha milik desa"],
}
SEEKS = {
    "dinas": [
        "lembaga mitra pelaksana yang aktif dan tertib laporan",
        "data sasaran dan peserta yang siap dilatih",
    ],
    "blk": [
        "peserta pelatihan yang serius dan mitra penempatan kerja",
        "lembaga pengirim peserta dan data pencari kerja",
    ],
    "lkp": ["peserta kursus dan tempat magang untuk peserta", "kerja sama penyaluran lulusan"],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": ["tempat prakerin bagi siswa dan rekrutmen alumni", "guru tamu dari industri"],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": ["pelatihan dan modal usaha bagi anggota", "pendamping dan jejaring pemasaran"],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": ["lokasi KKN dan mitra penelitian", "desa binaan untuk pengabdian"],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Jawa Timur: Kabupaten Banyuwangi (35.10)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_banyuwangi",
        "BWI",
        "Sumber Daya yang Dapat Dimanfaatkan",
        """
dinas g | Dinas Tenaga Kerja, Transmigrasi dan Perindustrian Kabupaten Banyuwangi | 35.10 | p=pelatihan berbasis kompetensi bagi pencari kerja ber-KTP Banyuwangi: barista, pemandu wisata Ijen, las listrik {64} | h=Banyuwangi Job Fair dan pelayanan kartu kuning (AK/1) {300}
dinas g | Dinas Koperasi, Usaha Mikro dan Perdagangan Kabupaten Banyuwangi | 35.10 | d=pinjaman dana bergulir bagi koperasi dan kelompok usaha mikro yang sudah ber-NIB, jasa 3 % per tahun, maks. Rp 25 jt per kelompok {Rp 500.000.000} | p=kurasi produk dan pendampingan NIB, PIRT dan sertifikat halal {50}
dinas g | Bidang Perindustrian Disnakertransperin Kab. Banyuwangi | 35.10 | s=bantuan alat produksi IKM (kompor batik listrik, canting listrik, meja cap) lewat proposal kelompok IKM terdaftar {10:paket} | h=gerai IKM di Gesibu Blambangan dan seleksi peserta pameran IKM Jawa Timur {60:produk}
dinas g | Dinas Perikanan Kabupaten Banyuwangi | 35.10 | t=penyuluh perikanan dan instruktur pengolahan hasil perikanan yang dapat ditugaskan ke desa pesisir sesuai jadwal kelompok {3} | s=bantuan cool box, freezer dan alat pengolahan ikan bagi POKLAHSAR yang terdaftar {20:paket}
dinas g | Dinas Kebudayaan dan Pariwisata Kabupaten Banyuwangi | 35.10 | t=narasumber sadar wisata dan pelayanan prima {2} | h=stan UMKM dan fashion show di agenda Banyuwangi Festival, termasuk Banyuwangi Batik Festival {40:produk}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kab. Banyuwangi | 35.10 | p=pelatihan kewirausahaan perempuan kepala keluarga {30} | d=bantuan stimulan usaha bagi perempuan penyintas KDRT yang didampingi UPTD PPA {Rp 30.000.000}
dinas g | Dinas Pertanian dan Pangan Kabupaten Banyuwangi | 35.10 | t=PPL hortikultura pendamping kebun buah naga {4} | s=bantuan bibit buah naga merah dan lampu kebun bagi poktan {2000:bibit}
dinas g | Dinas Pendidikan Kabupaten Banyuwangi (Bidang PAUD dan PNF) | 35.10 | p=Program Kursus Wirausaha (PKW) dan Pendidikan Kecakapan Kerja bagi LKP/PKBM terakreditasi {40} | t=pamong belajar untuk supervisi kelas keterampilan {2}
blk g | UPT Pelatihan Kerja Banyuwangi (Disnakertrans Prov. Jatim) | 35.10 | t=instruktur pengolahan hasil perikanan dan tata boga bersertifikat BNSP, dapat diperbantukan untuk pelatihan mitra {2} | s=workshop tata boga bisa dipakai lembaga mitra di luar jadwal {1} | p=pelatihan pengolahan hasil perikanan 160 JP di UPT {16}
skb g | SKB Banyuwangi | 35.10 | t=pamong belajar dan tutor keterampilan menjahit dan tata boga {3} | s=ruang kelas dan dapur praktik untuk kelas kesetaraan {2}
lkp m | LKP Batik Gajah Oling Sayu Wiwit | 35.10 | p=kursus batik tulis dan pewarna alam (indigo, tingi, tegeran) {15} | h=penempatan alumni kursus di butik jaringan LKP sendiri {8}
lkp m | LKP Tata Boga Dapur Blambangan | 35.10 | t=instruktur tata boga dan olahan ikan (bakso, nugget, kerupuk) bisa datang ke lokasi pelatihan, honor sesuai SBU {2} | p=kursus tata boga reguler {20}
smk m | SMK Negeri Kelautan dan Perikanan Muncar | 35.10 | t=guru produktif agribisnis pengolahan hasil perikanan {2} | s=laboratorium pengolahan hasil perikanan, bisa dipinjam sore hari {1} | p=siswa PKL yang mencari tempat prakerin {30}
perguruan_tinggi m | Politeknik Blambangan Banyuwangi (Prodi Teknologi Hasil Perikanan) | 35.10 | t=dosen dan laboran pendamping pengolahan ikan dan uji organoleptik, program pengabdian {2} | p=pelatihan HACCP dan sanitasi bagi kelompok pengolah ikan {30}
donor m | BAZNAS Kabupaten Banyuwangi | 35.10 | d=Banyuwangi Berdaya: zakat produktif modal usaha bagi mustahik perorangan, paling banyak Rp 5 juta per orang {Rp 300.000.000}
donor s | Bank Jatim Cabang Banyuwangi | 35.10 | d=KUR mikro dan kredit kelompok usaha perempuan hingga Rp 50.000.000 tanpa agunan tambahan {Rp 3 M}
donor s | TJSL PT ASDP Pelabuhan Ketapang | 35.10 | d=bantuan modal bagi UMKM di kelurahan ring 1 Kecamatan Kalipuro {Rp 200.000.000}
donor s | CSR PT Mineral Emas Pesanggaran | 35.10 | d=dana pengembangan masyarakat desa lingkar tambang Kec. Pesanggaran dan Siliragung {Rp 400.000.000} | p=pelatihan pengolahan ikan bagi istri nelayan Pancer dan Rajegwesi {25}
donor s | CSR PT Pengalengan Ikan Samudra Muncar | 35.10 | d=hibah peralatan pengolahan ikan (freezer, spinner, vacuum sealer) bagi kelompok perempuan pesisir Desa Kedungrejo dan Kedungringin, Kec. Muncar {Rp 150.000.000} | h=membeli ikan lemuru segar dari nelayan {20:ton/minggu}
donor s | Program Hibah Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah modal dan bahan bagi kelompok perajin batik dan tenun dari seluruh Indonesia, proposal daring sampai Juni {Rp 25.000.000}
dudi s | Hotel Osing Sunrise Banyuwangi | 35.10 | h=membeli kain batik Gajah Oling untuk seragam staf dan suvenir tamu VIP {40:lembar/tahun} | p=prakerin siswa perhotelan {6}
dudi s | Butik Batik Sritanjung Jl. Basuki Rahmat | 35.10 | h=konsinyasi kain batik tulis dan cap motif Gajah Oling, Kangkung Setingkes dan Paras Gempal dari perajin lokal {100:lembar/bulan}
dudi s | Pusat Oleh-oleh Osing Jalan Adi Sucipto | 35.10 | h=titip jual oleh-oleh khas Banyuwangi: kopi Osing, sale pisang, bagiak, kain batik dalam kemasan {80:produk}
dudi s | Toko Kain dan Malam Batik Sumber Jaya | 35.10 | s=jual kain mori primissima, malam, canting, pewarna naptol dan indigosol; bisa tempo 30 hari bagi kelompok langganan
dudi s | Pedagang Batik Keliling Rogojampi | 35.10 | h=membeli putus batik cap dengan harga grosir untuk dijual lagi ke Bali dan Lombok {200:lembar/bulan}
dudi s | PT Pengalengan Sarden Muncar Jaya | 35.10 | h=rekrut buruh sortir dan pengalengan ikan, prioritas perempuan warga Muncar {60} | t=supervisor QC bisa memberi materi sanitasi dan mutu ikan {1}
dudi s | UD Pindang dan Ikan Asap Sumber Rejeki Muncar | 35.10 | t=pemilik mau mengajari cara pemindangan dan pengasapan ikan di balai desa {1} | h=membeli pindang dan ikan asap dari pengolah rumahan {300:kg/minggu}
dudi s | Gerai Oleh-oleh Pesisir Muncar | 35.10 | h=titip jual kerupuk ikan, abon, petis dan terasi dari kelompok pengolah {40:produk}
dudi s | Pedagang Ikan Segar TPI Pelabuhan Muncar | 35.10 | h=menjual ikan lemuru, tongkol dan layang segar ke pengolah dan pabrik pengalengan {10:ton/hari}
dudi s | Kafe Kopi Osing Kemiren | 35.10 | h=membeli kopi Osing sangrai dari petani Kemiren dan Licin {50:kg/bulan}
dudi s | CV Buah Naga Banyuwangi Ekspor | 35.10 | h=membeli buah naga merah grade A dari petani Pesanggaran dan Siliragung {20:ton/bulan}
dudi s | Banyuwangi Online Store (reseller marketplace) | 35.10 | h=menjual produk UMKM Banyuwangi di marketplace dan live streaming, bagi hasil 15 % {60:produk}
dudi s | Konveksi Seragam Blambangan | 35.10 | h=membeli kain batik cap motif Gajah Oling untuk seragam sekolah dan kantor {500:meter/bulan}
koperasi m | Koperasi Wanita Nelayan Mina Muncar | 35.10 | d=simpan pinjam anggota, angsuran mingguan {Rp 80.000.000} | s=freezer dan ruang pengolahan bersama, khusus kelompok anggota koperasi {1} | h=warung koperasi menjual produk olahan anggota {20:produk}
bumdes m | BUMDes Kemiren Osing Jaya | 35.10 | h=galeri desa wisata adat Osing Kemiren menjual kerajinan dan batik buatan warga Kemiren {30:produk} | s=balai pertemuan untuk pelatihan (sewa) {1}
bumdes m | BUMDes Kedungrejo Mina Sejahtera | 35.10 | s=balai produksi dengan dapur, freezer dan meja stainless di Desa Kedungrejo, bisa dipakai kelompok pelatihan {1} | h=kios BUMDes menjual olahan ikan warga {30:produk}
ormas m | TP PKK Kabupaten Banyuwangi | 35.10 | p=kader PKK penggerak di 25 kecamatan {50} | h=bazar PKK tiap Minggu pagi di Taman Blambangan {25:produk}
ormas m | Dekranasda Kabupaten Banyuwangi | 35.10 | h=galeri Dekranasda dan kurasi batik untuk Inacraft dan Banyuwangi Batik Festival {50:produk} | p=pelatihan desain motif batik bagi perajin {20}
ormas m | Asosiasi Perajin Batik Banyuwangi | 35.10 | p=pelatihan pewarna alam dan batik tulis bagi anggota asosiasi {20} | h=pameran bersama anggota di Gesibu dua kali setahun {30:produk}
tokoh_masyarakat m | Mbah Sutini (pembatik sepuh Temenggungan) | 35.10 | t=mau mengajari batik tulis motif Gajah Oling klasik kepada anak muda {1}
tokoh_masyarakat m | Ibu Hj. Maslikah (pengolah petis dan abon ikan Muncar) | 35.10 | t=bersedia melatih ibu-ibu membuat abon ikan, petis dan kerupuk ikan di balai desa, dua kali seminggu {1}
pusat_karya m | Sanggar Batik Gajah Oling Temenggungan | 35.10 | p=magang membatik bagi remaja {5} | h=membeli kain batik dari pembatik rumahan sekitar sanggar untuk diselesaikan dan dijual {40:lembar/bulan}
dudi s | Toko Batik Kalipuro Asri | 35.10 tidak | h=membeli batik tulis dan cap Gajah Oling dari perajin {50:lembar/bulan}
dudi s | CV Olahan Ikan Blambangan | 35.10 tidak | t=instruktur pengolahan ikan untuk kelompok perempuan {2}
dudi s | Toko Batik Bu Yuli | 35.10 x | h=bisa titip
donor m | Yayasan Peduli Pesisir Banyuwangi | 35.10 x | t=relawan
lkp m | LKP Pengolahan Hasil Laut Puger | 35.09 | t=instruktur pengolahan ikan, bisa dikirim ke luar Jember dengan transport dan penginapan dari pengundang {2}
dudi s | Galeri Batik Labako Jember | 35.09 | h=menjual batik motif daun tembakau dari perajin Jember {40:lembar/bulan}
dudi s | Pabrik Tepung Ikan Situbondo | 35.12 | h=membeli ikan rucah dan sisa olahan ikan {5:ton/minggu}
pusat_karya m | Sentra Batik Tamanan Bondowoso | 35.11 | p=magang pewarna alam dan batik tulis {4}
dudi s | PT Ritel Batik Nusantara Surabaya | 35.78 | h=membeli putus batik tulis dari perajin Jawa Timur, termasuk Banyuwangi, dikirim ekspedisi {150:lembar/bulan}
blk g | UPT Pelatihan Koperasi dan UMKM Jawa Timur | 35.78 | p=pelatihan pengolahan ikan di Surabaya bagi UMKM se-Jawa Timur, asrama disediakan {30} | t=widyaiswara pengolahan pangan {2}
dudi s | Toko Kain Nusa Bali Denpasar | 51.71 | h=membeli batik Gajah Oling dari Banyuwangi, dikirim lewat penyeberangan Ketapang-Gilimanuk {100:lembar/bulan}
dudi s | Restoran Seafood Jimbaran | 51.71 | h=membeli ikan segar dan olahan ikan dari pemasok Bali {200:kg/minggu}
dudi s | Gerai Kriya Nusantara Jakarta (toko daring) | 31.74 | h=membeli kain batik tulis dari perajin daerah tiap bulan, termasuk Banyuwangi {80:lembar/bulan}
donor s | Program Inkubasi Pangan Laut Nasional (seleksi) | 31.74 | t=mentor daring pengolahan dan pengemasan ikan {10} | p=kelas daring pengolahan ikan bagi kelompok perempuan pesisir {100}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Sumatera Barat: Kabupaten Pesisir Selatan (13.01)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_pesisirselatan",
        "PSL",
        "Bidang Bantuan dan Keterangan",
        """
dinas g | Dinas Pariwisata Kabupaten Pesisir Selatan | 13.01 | p=pelatihan pemandu wisata bahari dan pengelola homestay di Kawasan Wisata Bahari Terpadu Mandeh bagi Pokdarwis yang terdaftar {40} | s=bantuan pelampung dan kayak bagi Pokdarwis melalui proposal {10:paket}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kabupaten Pesisir Selatan | 13.01 | d=dana bergulir bagi koperasi dan kelompok usaha mikro, jasa 3 % setahun, plafon hingga Rp 30 jt per kelompok {Rp 350.000.000} | p=pendampingan PIRT, label halal dan kemasan {30}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kab. Pesisir Selatan | 13.01 | p=pelatihan kerja bagi pencari kerja: menjahit, las, tata boga {48} | h=bursa kerja dan antar kerja lokal {100}
dinas g | Dinas Kelautan dan Perikanan Kab. Pesisir Selatan | 13.01 | s=bantuan alat pengolahan ikan (oven pengering, spinner) bagi POKLAHSAR {10:paket} | t=penyuluh perikanan di tiap kecamatan pesisir {3}
dinas g | Dinas Kesehatan Kabupaten Pesisir Selatan | 13.01 | t=petugas penyuluh keamanan pangan dan pemeriksa SPP-IRT, bisa datang ke kelompok {2}
dinas g | Dinas Pendidikan dan Kebudayaan Kab. Pesisir Selatan (Bidang PNF) | 13.01 | d=BOP kesetaraan dan bantuan PKW bagi PKBM/LKP terakreditasi, hingga Rp 50.000.000 per lembaga, usulan lewat Dapodik {Rp 300.000.000}
dinas g | Dinas Sosial Kabupaten Pesisir Selatan | 13.01 | d=bantuan KUBE bagi keluarga yang terdaftar DTKS di nagari {Rp 25.000.000}
dinas g | Dinas Pertanian Kabupaten Pesisir Selatan | 13.01 | t=penyuluh gambir dan kakao {3} | s=bibit gambir unggul bagi kelompok tani {5000:bibit}
blk g | UPTD BLK Pesisir Selatan (Painan) | 13.01 | t=instruktur tata boga bersertifikat {2} | p=pelatihan tata boga dan pengemasan makanan 120 JP {16}
lkp m | LKP Selam dan Wisata Bahari Carocok Painan | 13.01 | p=kursus dan sertifikasi pemandu snorkeling dan selam dasar, biaya ditanggung peserta Rp 2,5 jt per orang {12} | s=sewa alat snorkeling dan pelampung per hari
lkp m | LPK Perhotelan Minang Painan | 13.01 | p=kursus perhotelan dan pengelolaan homestay, alumni ditempatkan di hotel jaringan LPK {20}
smk m | SMK Negeri 1 Painan (Usaha Perjalanan Wisata) | 13.01 | t=guru produktif UPW bisa menjadi narasumber pemanduan wisata {2} | p=siswa PKL yang mencari tempat prakerin di objek wisata {25}
smk m | SMK Negeri 2 Painan (Tata Boga) | 13.01 | s=dapur praktik bisa dipakai kelompok masyarakat hari Sabtu {1} | p=siswa PKL tata boga {30}
pkbm m | PKBM Nagari Kambang Lengayang | 13.01 | p=warga belajar paket C yang mencari tempat magang {20}
perguruan_tinggi m | Sekolah Tinggi Ilmu Pariwisata Painan | 13.01 | p=pelatihan pemandu wisata dan pengelolaan homestay untuk nagari wisata binaan, program pengabdian tanpa biaya {30} | t=dosen tamu kepariwisataan {2}
perguruan_tinggi m | Universitas Ranah Minang (Prodi Teknologi Hasil Pertanian) | 13.71 | t=dosen pendamping PIRT, uji umur simpan dan kemasan rendang {2}
donor m | BAZNAS Kabupaten Pesisir Selatan | 13.01 | d=zakat produktif berupa modal bahan dan alat bagi kelompok usaha mustahik {Rp 200.000.000}
donor s | Bank Nagari Cabang Painan | 13.01 | d=KUR dan kredit usaha kelompok, plafon sampai Rp 50 juta {Rp 2 M}
donor s | CSR PT Semen Indarung | 13.71 | d=bantuan modal usaha bagi kelurahan ring 1 pabrik di Kecamatan Lubuk Kilangan, Kota Padang {Rp 500.000.000}
donor s | CSR PT Perkebunan Sawit Lunang Silaut | 13.01 | d=dana kemitraan bagi nagari sekitar kebun di Kecamatan Lunang dan Silaut {Rp 300.000.000} | h=rekrut pemanen dan pekerja kebun {40}
donor s | Program Hibah Desa Wisata Rintisan (seleksi nasional) | 31.74 | d=hibah peralatan dan biaya pelatihan bagi Pokdarwis desa wisata rintisan se-Indonesia, seleksi proposal {Rp 50.000.000} | p=kelas daring pengelolaan homestay {50}
donor m | LAZ Amanah Painan | 13.01 | d=qardhul hasan bagi pedagang Pasar Painan, paling banyak Rp 2 juta per orang {Rp 40.000.000}
dudi s | Toko Oleh-oleh Rendang Uni Ema Painan | 13.01 | h=titip jual rendang kemasan, karupuak sanjai dan karupuak lado dari produsen rumahan yang sudah PIRT {60:produk}
dudi s | Pusat Oleh-oleh Carocok Painan | 13.01 | h=membeli putus karupuak jangek, karupuak ubi dan rendang telur dari ibu-ibu nagari {300:bungkus/bulan}
dudi s | Rumah Makan Sari Bundo Salido | 13.01 | h=membeli karupuak untuk dijual di meja makan {100:bungkus/minggu}
dudi s | Pedagang Daging dan Rempah Pasar Painan | 13.01 | s=menjual daging sapi, kelapa, cabai dan bumbu rendang ke pembuat rendang, bisa bayar mingguan untuk langganan
dudi s | Toko Kemasan dan Plastik Painan Jaya | 13.01 | s=jual standing pouch, vacuum sealer, cetak label minimal 100 lembar
dudi s | Resort Mandeh Bay | 13.01 | p=magang pemandu snorkeling dan housekeeping bagi pemuda nagari sekitar Mandeh {6} | h=membeli rendang kemasan untuk menu sarapan dan suvenir tamu {40:bungkus/bulan}
dudi s | CV Carocok Wisata (operator tur pulau Mandeh) | 13.01 | p=melatih anggota Pokdarwis menjadi pemandu tur pulau dan kayak, gratis bagi yang bersedia melayani tamu CV {10} | s=sewa kapal wisata
dudi s | Dive Center Ranah Bahari Padang | 13.71 | p=sertifikasi selam dan pemandu snorkeling, kelas di Padang dan praktik di Pulau Pasumpahan {8}
dudi s | Toko Alat Selam dan Olahraga Air Padang | 13.71 | s=jual pelampung, masker snorkel dan kayak, bisa kirim ke Painan
dudi s | Toko Perlengkapan Nelayan Surantih | 13.01 | s=jual jaring, pelampung dan jaket pelampung, bisa kredit 3 bulan
dudi s | Pengolah Ikan Kering Pasar Surantih | 13.01 | h=menjual ikan kering dan ikan asin ke pedagang Padang dan Jambi {2:ton/minggu}
dudi s | Pedagang Gambir Kambang | 13.01 | h=membeli getah gambir kering dari petani untuk ekspor {10:ton/bulan}
dudi s | Homestay Nagari Sungai Pisang | 13.01 | s=perahu nelayan bisa disewa untuk antar tamu {2}
koperasi m | Koperasi Nelayan Carocok Tarusan | 13.01 | d=simpan pinjam anggota, angsuran mingguan {Rp 60.000.000} | s=pelampung dan perahu koperasi dipinjamkan khusus anggota koperasi {10}
bumdes m | BUMNag Sungai Nyalo Mudiak Aia | 13.01 | s=dermaga kayu dan pondok informasi wisata milik BUMNag, bisa dipakai Pokdarwis {1} | h=kios BUMNag menjual oleh-oleh buatan warga nagari {20:produk}
bumdes m | BUMNag Salido Saiyo | 13.01 | h=warung BUMNag di jalan lintas Padang-Painan menjual rendang dan karupuak kiriman kelompok mana saja {40:produk}
ormas m | TP PKK Kabupaten Pesisir Selatan | 13.01 | p=kader PKK nagari {40} | h=bazar PKK dan stan UMKM di Festival Langkisau dan Festival Mandeh {25:produk}
ormas m | Kerapatan Adat Nagari Painan | 13.01 | p=penggerak warga dan sosialisasi program di nagari {1}
ormas m | HPI DPC Pesisir Selatan (Himpunan Pramuwisata Indonesia) | 13.01 | p=pelatihan dan uji kompetensi pramuwisata bagi anggota baru, bekerja sama LSP {20} | t=pramuwisata senior {3}
tokoh_masyarakat m | Datuak Rajo Bandaro (ninik mamak Kawasan Mandeh) | 13.01 | p=menggerakkan pemuda nagari untuk ikut pelatihan wisata {1}
tokoh_masyarakat m | Uni Erna (pembuat rendang dan karupuak senior) | 13.01 | t=mau mengajari resep rendang tahan lama dan cara mengemas yang rapi {1}
pusat_karya m | Sentra Karupuak Lado Pasar Baru Bayang | 13.01 | p=magang membuat karupuak lado {5} | h=membeli karupuak mentah dari ibu-ibu untuk digoreng dan dijual {200:kg/bulan}
dinas g | Pemerintah Nagari Sungai Nyalo Mudiak Aia | 13.01 | d=dana nagari untuk kegiatan kelompok sadar wisata nagari sendiri {Rp 40.000.000}
donor s | TJSL PLN ULP Painan | 13.01 | d=bantuan peralatan bagi kelompok wisata bahari di Kawasan Mandeh {Rp 100.000.000}
lkp m | LKP Pemandu Wisata Mandeh | 13.01 tidak | p=pelatihan pemandu wisata bahari dan homestay bagi Pokdarwis {20}
donor m | Yayasan Rendang Nusantara | 13.01 tidak | d=hibah modal usaha bagi kelompok pengolah rendang dan karupuak {Rp 30.000.000}
dudi s | Warung Uni Ratna | 13.01 x | h=titip jual
donor m | Yayasan Pesisir Maju | 13.01 x | d=bantuan
dudi s | Pusat Oleh-oleh Minang Khas Padang | 13.71 | h=membeli rendang kemasan dan karupuak dari produsen Pesisir Selatan, dijemput tiap minggu {500:bungkus/bulan}
dudi s | Toko Oleh-oleh Danau Singkarak | 13.02 | h=menjual oleh-oleh khas Solok {30:produk}
dudi s | Homestay Seribu Rumah Gadang | 13.11 | p=magang pengelolaan homestay di kawasan Seribu Rumah Gadang, biaya sendiri {6}
dudi s | Kerinci Adventure Tour | 15.72 | p=pelatihan pemandu wisata gunung dan danau {10}
dudi s | Toko Oleh-oleh Sungai Penuh | 15.72 | h=membeli karupuak dan rendang dari Tapan dan Lunang, Pesisir Selatan {100:bungkus/bulan}
dudi s | Gerai Kuliner Nusantara Jakarta (toko daring) | 31.74 | h=membeli rendang kemasan dari UMKM Sumatera Barat tiap bulan, kargo udara {300:bungkus/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Sulawesi Barat: Kabupaten Polewali Mandar (76.04)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_polman",
        "PLM",
        "Layanan/Fasilitas untuk Mitra",
        """
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Polewali Mandar | 76.04 | s=bantuan ATBM dan alat tenun gedogan bagi kelompok IKM tenun yang terdaftar, melalui proposal {15:unit} | h=gerai IKM di Pasar Sentral Wonomulyo untuk produk binaan {40:produk}
dinas g | Dinas Koperasi dan UKM Kab. Polewali Mandar | 76.04 | d=dana bergulir bagi koperasi dan kelompok usaha mikro, jasa 2 % per tahun {Rp 300.000.000} | p=pelatihan PIRT, halal dan kemasan {40}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kab. Polewali Mandar | 76.04 | p=pelatihan kerja di eks UPT transmigrasi Wonomulyo: menjahit, las, pertukangan kayu {32} | h=penempatan kerja ke perkebunan di Sulawesi dan Kalimantan {50}
dinas g | Dinas Pertanian dan Perkebunan Kab. Polewali Mandar | 76.04 | t=penyuluh kakao dan kelapa {4} | s=bibit kelapa dalam Mandar dan kakao sambung pucuk {3000:bibit}
dinas g | Dinas Kesehatan Kabupaten Polewali Mandar | 76.04 | t=petugas pemeriksa SPP-IRT {2} | p=penyuluhan keamanan pangan dan pendampingan sertifikasi PIRT bagi IRT {40}
dinas g | Dinas Sosial Kabupaten Polewali Mandar | 76.04 | d=bantuan KUBE bagi keluarga yang terdaftar DTKS {Rp 20.000.000}
dinas g | Dinas Pariwisata dan Kebudayaan Kab. Polewali Mandar | 76.04 | h=stan UMKM dan parade sarung sutra di Festival Sandeq Race dan Festival Tinambung {30:produk}
dinas g | Dinas Kelautan dan Perikanan Kab. Polewali Mandar | 76.04 | s=bantuan mesin katinting dan jaring bagi kelompok nelayan {20:paket}
blk g | UPTD BLK Polewali Mandar | 76.04 | t=instruktur menjahit dan tata boga {2} | s=ruang workshop menjahit bisa dipakai lembaga mitra {1} | p=pelatihan menjahit 120 JP {16}
pkbm m | PKBM Todilaling Campalagian | 76.04 | p=warga belajar paket C, ibu-ibu pengolah kelapa yang ingin ikut pelatihan {30}
lkp m | LKP Sutra Balanipa | 76.04 | p=kursus menenun sarung sutra Mandar {15} | h=penyaluran sarung buatan alumni ke pengepul jaringan LKP sendiri {30:lembar/bulan}
smk m | SMK Negeri 1 Tinambung (Kriya Kreatif Kain) | 76.04 | s=ATBM dan gedogan di bengkel kriya, bisa dipakai kelompok di luar jam sekolah {6:unit} | p=siswa PKL kriya tekstil {20}
perguruan_tinggi m | Institut Teknologi Mandar (Prodi Teknologi Pangan) | 76.04 | t=dosen pendamping uji mutu minyak kelapa dan izin edar {2} | p=pelatihan higiene pengolahan minyak kelapa dan VCO bagi kelompok binaan {25}
perguruan_tinggi m | Universitas Sulbar Raya (Prodi Kriya Tekstil) | 76.05 | s=laboratorium tenun dengan 4 ATBM, bisa dipakai kelompok mitra dengan jadwal {4:unit} | t=dosen desain motif {2}
donor m | BAZNAS Kabupaten Polewali Mandar | 76.04 | d=zakat produktif modal usaha bagi kelompok usaha mustahik {Rp 200.000.000}
donor s | Bank Sulselbar Cabang Polewali | 76.04 | d=KUR mikro hingga Rp 50 juta {Rp 2 M}
donor s | CSR PT Sawit Mamuju Lestari | 76.02 | d=bantuan modal bagi desa sekitar kebun di Kecamatan Tommo {Rp 200.000.000}
donor s | CSR PT Energi Mandar Lestari (PLTU Binuang) | 76.04 | d=bantuan alat produksi (ATBM, mesin parut kelapa, wajan besar) bagi kelompok perempuan desa ring 1 Kecamatan Binuang {Rp 150.000.000}
donor s | Program Bantuan Alat Tenun Tradisional (seleksi nasional) | 31.74 | s=hibah ATBM dan benang bagi kelompok penenun tradisional se-Indonesia, seleksi proposal {50:paket}
dudi s | Toko Sutra Mandar Tinambung | 76.04 | h=membeli putus sarung sutra Mandar (lipa' saqbe) dari penenun Karama dan Tinambung {60:lembar/bulan}
dudi s | Butik Wastra Mandar Polewali | 76.04 | h=konsinyasi sarung dan kain tenun sutra Mandar {30:lembar/bulan}
dudi s | UD Benang Mas Wonomulyo | 76.04 | s=jual benang sutra Wajo, pewarna dan sisir tenun, bisa tempo 1 bulan untuk kelompok
dudi s | Pak Basri (tukang alat tenun gedogan) | 76.04 | s=membuat alat tenun gedogan (tandayang) dari kayu, pesan 2 minggu, Rp 1,2 juta per unit
dudi s | Pengepul Kelapa Campalagian | 76.04 | h=menjual kelapa tua ke pembuat minyak Mandar dan pabrik kopra {20:ton/bulan}
dudi s | Toko Oleh-oleh Mandar Polewali | 76.04 | h=titip jual minyak Mandar, jepa, baje dan sarung sutra dari produsen rumahan {50:produk}
dudi s | Swalayan Wonomulyo Mart | 76.04 | h=konsinyasi produk UMKM yang sudah berizin PIRT dan berlabel halal {40:produk}
dudi s | Rumah Makan Ikan Bakar Mandar | 76.04 | h=memakai minyak Mandar untuk menggoreng dan sambal, dibeli tiap minggu dari pembuat rumahan {40:liter/bulan}
dudi s | CV Kakao Polman Jaya | 76.04 | h=membeli biji kakao fermentasi dari petani {30:ton/bulan}
dudi s | PT Kelapa Murni Sulbar (pabrik VCO) | 76.04 | h=membeli kelapa butir dari petani untuk VCO {50:ton/bulan}
dudi s | Mandar Online Shop (reseller) | 76.04 | h=menjual produk khas Mandar (minyak Mandar, sarung sutra, jepa) di marketplace, bagi hasil 10 % {60:produk}
dudi s | Toko Botol dan Jerigen Polewali | 76.04 | s=jual botol plastik 250-1000 ml, botol kaca dan segel
dudi s | Bengkel Perahu Sandeq Pambusuang | 76.04 | s=membuat dan memperbaiki perahu sandeq dan katinting | p=magang tukang perahu {3}
koperasi m | Koperasi Penenun Sutra Sipamandar | 76.04 | s=benang sutra dijual ke anggota dengan harga grosir, bayar setelah sarung laku, khusus anggota {200:kg/tahun} | h=membeli sarung anggota untuk dijual ke Makassar {40:lembar/bulan}
koperasi m | Koperasi Wanita Campalagian | 76.04 | d=simpan pinjam anggota, angsuran mingguan {Rp 80.000.000} | h=warung koperasi menjual produk anggota {20:produk}
bumdes m | BUMDes Karama Sutra | 76.04 | s=rumah tenun bersama dengan 8 gedogan, dipinjamkan gratis bagi penenun dan kelompok di Desa Karama {8:unit} | h=galeri BUMDes menjual sarung warga {20:lembar/bulan}
bumdes m | BUMDes Lapeo Campalagian | 76.04 | s=mesin parut kelapa dan wajan bersama, bisa dipakai kelompok desa {2} | h=kios BUMDes menjual minyak Mandar buatan warga Lapeo saja {100:botol/bulan}
ormas m | TP PKK Kabupaten Polewali Mandar | 76.04 | p=kader PKK {40} | h=bazar PKK tiap Jumat di Lapangan Pancasila Polewali {20:produk}
ormas m | Dekranasda Kabupaten Polewali Mandar | 76.04 | h=galeri Dekranasda dan kurasi sarung sutra Mandar untuk pameran nasional {40:produk} | s=bantuan benang sutra bagi penenun binaan {100:kg}
tokoh_masyarakat m | Ibu Hj. Rahmatia (penenun senior Karama) | 76.04 | t=mau mengajari motif sureq pangulu dan sureq salaka kepada penenun muda {1}
tokoh_masyarakat m | Puang Haji Lawi (pembuat minyak Mandar senior) | 76.04 | t=mau mengajari cara membuat minyak Mandar yang jernih dan tahan lama {1}
pusat_karya m | Sentra Tenun Lipa' Saqbe Pambusuang | 76.04 | p=magang menenun {4} | h=membeli sarung dari penenun sekitar untuk dijual ke Makassar dan Jakarta {50:lembar/bulan}
ormas m | Pondok Pesantren Darul Mandar Campalagian (unit usaha) | 76.04 | h=koperasi pondok membeli minyak Mandar untuk dapur santri setiap bulan {60:liter/bulan}
koperasi m | KUD Transmigran Wonomulyo | 76.04 | s=gudang dan lantai jemur kopra {1} | h=membeli kopra dan kakao anggota {30:ton/bulan}
dudi s | Toko Minyak Mandar Bu Hasna | 76.04 tidak | h=membeli minyak Mandar botol dari kelompok {200:botol/bulan}
donor s | Yayasan Sutra Mandar Lestari | 76.04 tidak | s=hibah ATBM dan gedogan bagi kelompok tenun {10:unit}
dudi s | Toko Kain Pak Amir | 76.04 x | h=bisa beli sarung
donor m | Yayasan Tomakaka | 76.04 x | d=bantuan
dudi s | Toko Oleh-oleh Majene | 76.05 | h=titip jual minyak Mandar dan sarung sutra dari Polewali Mandar dan Majene {40:produk}
pusat_karya m | Sentra Tenun Sutra Pamboang | 76.05 | s=sewa ATBM per bulan {4:unit}
dudi s | Toko Oleh-oleh Mamasa | 76.03 | h=menjual kopi Mamasa dan tenun Mamasa dari perajin Mamasa {30:produk}
dudi s | Distributor Sembako Mamuju | 76.02 | h=membeli minyak Mandar botol untuk toko di Mamuju, diambil di Polewali tiap bulan {200:botol/bulan}
dudi s | Toko Sarung Sutra Pinrang | 73.15 | h=membeli sarung sutra Bugis dari penenun Wajo dan Soppeng {60:lembar/bulan}
dudi s | CV Pabrik ATBM Makassar | 73.71 | s=jual ATBM baru dan suku cadang, kirim ke Sulawesi Barat
dudi s | Galeri Wastra Sulawesi Makassar | 73.71 | h=membeli sarung sutra Mandar dari penenun Polewali Mandar, dikirim bus tiap 2 minggu {50:lembar/bulan}
dudi s | Toko Daring Minyak Nusantara Jakarta | 31.74 | h=membeli minyak kelapa tradisional dari daerah, termasuk minyak Mandar {300:botol/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 4. Kalimantan Tengah: Kabupaten Kotawaringin Timur (62.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_kotim",
        "SPT",
        "Program Kepedulian yang Tersedia",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Kotawaringin Timur | 62.02 | p=pelatihan menjahit, operator alat berat dan las bagi pencari kerja {48} | h=bursa kerja dan penempatan ke perusahaan besar swasta (PBS) sawit di Kotim {200}
dinas g | Dinas Koperasi dan UKM Kabupaten Kotawaringin Timur | 62.02 | d=dana bergulir bagi koperasi dan kelompok usaha yang sudah berjalan, jasa 3 % {Rp 300.000.000} | p=pelatihan kewirausahaan {30}
dinas g | Dinas Sosial Kabupaten Kotawaringin Timur | 62.02 | s=bantuan mesin jahit bagi perempuan kepala keluarga yang terdaftar DTKS, 1 unit per orang {20:unit} | t=instruktur keterampilan menjahit dari Dinsos, bisa mengajar di kelurahan {1}
dinas g | DP3A Kabupaten Kotawaringin Timur | 62.02 | p=pelatihan keterampilan bagi perempuan {30} | d=bantuan bagi kelompok perempuan penyintas kekerasan yang didampingi UPTD PPA {Rp 20.000.000}
dinas g | Dinas Pertanian Kab. Kotawaringin Timur (Bidang Perkebunan) | 62.02 | t=penyuluh perkebunan sawit dan karet {4} | p=memfasilitasi dan menghubungkan SMK dengan perusahaan perkebunan untuk prakerin {10}
dinas g | Cabang Dinas Pendidikan Prov. Kalteng Wilayah Kotim | 62.02 | p=fasilitasi MoU prakerin SMK dengan DUDI dan sinkronisasi kurikulum {10}
dinas g | Dinas Perikanan Kabupaten Kotawaringin Timur | 62.02 | s=bantuan perahu dan jaring bagi nelayan Sungai Mentaya {15:paket}
blk g | UPTD BLK Sampit | 62.02 | t=instruktur menjahit bersertifikat, bisa diperbantukan ke lembaga mitra di luar jadwal BLK {2} | s=ruang menjahit dengan 16 mesin {1} | p=pelatihan menjahit 160 JP {16}
lkp m | LKP Busana Mentaya | 62.02 | t=instruktur menjahit bisa mengajar di luar LKP dengan honor Rp 150 rb per pertemuan dari pengundang {2} | s=sewa mesin jahit per bulan
lkp m | LPK Operator Alat Berat Sampit | 62.02 | p=pelatihan operator excavator, alumni ditempatkan di kebun dan tambang jaringan LPK sendiri {20}
smk m | SMK Negeri 1 Sampit (Tata Busana) | 62.02 | t=guru tata busana bisa menjadi tutor tamu {2} | s=ruang praktik busana 20 mesin, dipakai kelompok masyarakat hari Sabtu {1}
smk m | SMK Negeri 4 Sampit (Teknik Kendaraan Ringan) | 62.02 | p=siswa TKR yang mencari tempat prakerin {40}
pkbm m | PKBM Mentaya Ilmu Baamang | 62.02 | p=warga belajar paket C, ibu rumah tangga yang ingin belajar menjahit {25}
perguruan_tinggi m | Politeknik Sawit Mentaya | 62.02 | t=dosen praktisi perkebunan bisa menjadi guru tamu {3} | p=program magang di kebun praktik kampus bagi siswa SMK mitra {10}
donor s | PT Mentaya Sawit Abadi (PBS) | 62.02 | d=CSR bagi desa ring 1 kebun di Kecamatan Cempaga Hulu {Rp 500.000.000} | p=prakerin 3 bulan bagi siswa SMK pertanian/perkebunan se-Kotim, mess disediakan {20} | h=rekrut lulusan SMK sebagai krani dan mandor panen {15}
dudi s | PT Agro Sawit Cempaga (Pabrik Kelapa Sawit) | 62.02 | p=magang 2 bulan di PKS bagian proses dan laboratorium bagi siswa SMK {8} | h=rekrut operator PKS {10}
dudi s | PT Kebun Karet dan Sawit Parenggean | 62.02 | p=prakerin khusus anak karyawan dan warga desa plasma {6}
dudi s | Toko Kain dan Benang Pasar Mentaya | 62.02 | s=jual kain katun, benang dan resleting; tempo bagi kelompok langganan
dudi s | Toko Mesin Jahit Sumber Makmur Sampit | 62.02 | s=jual mesin jahit portable dan high speed, kredit 6 bulan, servis gratis 1 tahun
dudi s | Konveksi Seragam Mentaya | 62.02 | h=rekrut penjahit {5} | t=penjahit senior mau melatih 2 kali seminggu di tempat mitra, cukup uang transport {1}
dudi s | Bengkel Alat Berat Sampit | 62.02 | p=magang mekanik alat berat {4}
dudi s | Pedagang Pengumpul Karet Cempaga | 62.02 | h=membeli getah karet dari petani {20:ton/bulan}
dudi s | PT Pelabuhan Bagendang Sampit | 62.02 | p=magang kepelabuhanan bagi mahasiswa {4} | h=rekrut buruh bongkar muat {20}
dudi s | Speedboat dan Kelotok Mentaya | 62.02 | h=rekrut motoris dan anak buah kapal {4}
dudi s | UD Rotan Kotim | 62.02 | h=membeli anyaman rotan dan lampit dari perajin {200:lembar/bulan}
dudi s | Rumah Makan Sampit Mentaya | 62.02 | p=PKL tata boga {4}
dudi s | Hotel Mentaya Sampit | 62.02 | p=PKL perhotelan {6} | h=rekrut room attendant {2}
dudi s | Toko Alat Pertanian Tani Makmur | 62.02 | s=jual alat semprot, dodos dan egrek panen sawit
donor m | BAZNAS Kabupaten Kotawaringin Timur | 62.02 | d=zakat produktif bagi kelompok usaha mustahik dan pelatihan keterampilan dhuafa {Rp 250.000.000}
donor s | Bank Kalteng Cabang Sampit | 62.02 | d=KUR dan kredit usaha {Rp 2 M}
donor s | TJSL PT Pelindo Terminal Sampit | 62.02 | d=bantuan peralatan usaha (mesin jahit, oven) bagi kelompok perempuan kelurahan ring 1 pelabuhan: Baamang Hulu, Baamang Tengah dan Mentawa Baru Hilir {Rp 120.000.000}
donor s | Program Hibah Mesin Jahit Perempuan Prasejahtera (seleksi nasional) | 31.74 | s=hibah 5-10 mesin jahit bagi lembaga pelatihan perempuan se-Indonesia, seleksi proposal {100:unit}
koperasi m | Koperasi Plasma Sawit Sejahtera Cempaga | 62.02 | p=magang administrasi koperasi plasma bagi siswa SMK {4} | d=simpan pinjam anggota {Rp 100.000.000}
bumdes m | BUMDes Sumber Makmur (desa transmigrasi Parenggean) | 62.02 | s=balai desa bisa dipakai pelatihan {1} | h=kios BUMDes menjual hasil kebun warga {20:produk}
ormas m | Dewan Adat Dayak Kabupaten Kotawaringin Timur | 62.02 | t=damang dan mantir adat pendamping sosialisasi program di desa {3} | p=penggerak warga desa adat {1}
ormas m | TP PKK Kabupaten Kotawaringin Timur | 62.02 | t=kader PKK terampil menjahit bisa menjadi pelatih di kelurahan {4} | p=kader PKK penggerak {40}
ormas m | Forum CSR Kabupaten Kotawaringin Timur | 62.02 | p=menghubungkan sekolah dengan perusahaan anggota forum untuk prakerin dan rekrutmen {20}
tokoh_masyarakat m | Ibu Hj. Norhayati (penjahit senior Baamang) | 62.02 | t=mau mengajar menjahit ibu-ibu dua kali seminggu tanpa bayaran {1}
tokoh_masyarakat m | Pak Sugeng (mantan asisten kebun, tokoh transmigran Parenggean) | 62.02 | t=mau menjadi guru tamu budidaya dan panen sawit di SMK {1}
pusat_karya m | Sanggar Anyaman Rotan Mentaya | 62.02 | p=magang menganyam rotan {4} | h=membeli anyaman dari perajin sekitar {50:lembar/bulan}
bumdes m | BUMDes Bapinang Hilir Mandiri | 62.02 | h=kios BUMDes menjual ikan asin dan kerupuk ikan Mentaya buatan warga {20:produk}
koperasi m | Kopkar PT Mentaya Sawit Abadi | 62.02 | h=menyalurkan tenaga harian lepas ke kebun induk, khusus warga desa ring 1 {30}
dudi s | PT Sawit Cempaga Makmur | 62.02 tidak | p=prakerin siswa SMK pertanian dengan mess {12}
lkp m | LKP Jahit Baamang | 62.02 tidak | t=instruktur menjahit {2}
dudi s | Kebun Sawit Pak Udin | 62.02 x | p=bisa PKL
donor m | Yayasan Sampit Peduli | 62.02 x | t=relawan
dudi s | PT Sawit Seruyan Raya | 62.07 | p=prakerin siswa SMK perkebunan dari Kotim dan Seruyan, mess dan uang makan disediakan {15}
donor s | CSR PT Sawit Seruyan Hilir | 62.07 | d=bantuan bagi desa ring 1 di Kecamatan Seruyan Hilir {Rp 200.000.000}
dudi s | PT Sawit Katingan Jaya | 62.06 | p=magang kebun khusus siswa SMK se-Katingan {10}
lkp m | LKP Menjahit Kasongan | 62.06 | t=instruktur menjahit {2}
dudi s | PT Kebun Sawit Kobar | 62.01 | p=prakerin siswa SMK se-Kalteng 3 bulan, mess disediakan {10}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalimantan Tengah | 62.71 | p=pemagangan dalam negeri di perusahaan perkebunan se-Kalteng bagi lulusan SMK {40} | h=penempatan kerja ke PBS se-Kalteng {100}
dudi s | Toko Mesin Jahit Palangka Raya | 62.71 | s=jual mesin jahit, bisa kirim ke Sampit
dudi s | PT Garmen Banjar Sejahtera | 63.71 | t=pelatih menjahit industri untuk calon karyawan, kelas di Banjarmasin {2}
donor s | Program Magang Perkebunan Nasional (seleksi) | 31.74 | p=magang perkebunan bagi siswa SMK pertanian se-Indonesia, ditempatkan di kebun mitra terdekat dengan sekolah, seleksi {100}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# Mechanical part: parse the lines, then write the three shapes.
# ---------------------------------------------------------------------------------------------
def parse_block(block: str, prefix: str) -> list[dict]:
    partners = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind, sec = fields[0].split()
        loc = fields[2].split()
        p = {
            "partner_id": f"{prefix}-{len(partners) + 1:03d}",
            "name": fields[1],
            "kind": kind,
            "sector": SECTORS[sec],
            "code": loc[0],
            "inactive": "tidak" in loc[1:],
            "sparse": "x" in loc[1:],
            "offers": {},
            "caps": {},
            "units": {},
        }
        for f in fields[3:]:
            tag, _, text = f.partition("=")
            if tag in TAGS:
                m = re.search(r"\s*\{([^}]*)\}$", text)
                if m:
                    cap, _, unit = m.group(1).partition(":")
                    p["caps"][TAGS[tag]] = cap
                    p["units"][TAGS[tag]] = unit
                    text = text[: m.start()]
                p["offers"][TAGS[tag]] = text
            elif tag in ("v", "k", "y"):
                p[tag] = text
            else:
                raise ValueError(f"{prefix}: unknown tag {tag!r} in {line!r}")
        assert p["code"] in REGIONS, (prefix, line)
        partners.append(p)
    return partners


def offset(rng: random.Random, lat: float, lon: float) -> tuple[float, float]:
    r = 12.0 * math.sqrt(rng.random())
    t = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(t) / 111.32
    dlon = r * math.sin(t) / (111.32 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def short_regency(name: str) -> str:
    if name.startswith("Kota Administrasi "):
        return name.removeprefix("Kota Administrasi ")
    return name.replace("Kabupaten ", "Kab. ")


def kapital_regency(rng: random.Random, code: str, name: str) -> str:
    variants = KAPITAL_VARIANTS.get(code, [])
    if variants and variants[0] == "!":
        return rng.choice(variants[1:])
    if name.startswith("Kota Administrasi "):
        standard = "KOTA ADM. " + name.removeprefix("Kota Administrasi ").upper()
    elif name.startswith("Kabupaten "):
        standard = "KAB. " + name.removeprefix("Kabupaten ").upper()
    else:
        standard = name.upper()
    if variants and rng.random() < 0.45:
        return rng.choice(variants)
    return standard


def rupiah_words(cap: str) -> str:
    if cap.isdigit():
        return "Rp " + f"{int(cap):,}".replace(",", ".")
    return cap


def build(base: str, prefix: str, block: str, rng: random.Random) -> list[dict]:
    rows = []
    for p in parse_block(block, prefix):
        code = p["code"]
        name, lat, lon = REGIONS[code]
        row = {c: "" for c in COLUMNS}
        row.update(partner_id=p["partner_id"], name=p["name"], sector=p["sector"], kind=p["kind"])
        plat, plon = offset(rng, lat, lon)
        missing_code = rng.random() < 0.10
        missing_point = rng.random() < 0.30
        if not p["sparse"]:
            row["province"] = PROVINCES[code[:2]]
            row["region_code"] = "" if missing_code else code
            if not missing_point:
                row["lat"], row["lon"] = f"{plat}", f"{plon}"
        row["regency"] = name
        for a in ASPECTS:
            row[f"offers_{a}"] = p["offers"].get(a, "")
            row[f"capacity_{a}"] = p["caps"].get(a, "")
        vision = p.get("v", rng.choice(VISIONS[p["kind"]]))
        seeks = p.get("k", rng.choice(SEEKS[p["kind"]]))
        if p["inactive"]:
            active = rng.choice(["tidak", "tidak", "Tidak", "TIDAK", "0"])
        else:
            active = rng.choice(["ya"] * 8 + ["Ya", "YA", "1", "true", ""])
        if "y" in p:
            years, done = p["y"].split("/")
        else:
            years, done = str(rng.randint(1, 30)), str(rng.randint(0, 15))
            if rng.random() < 0.12:
                years = ""
            if rng.random() < 0.12:
                done = ""
        if p["sparse"]:
            vision = seeks = years = done = ""
        row.update(
            vision=vision,
            seeks=seeks,
            active=active,
            years_active=years,
            partnerships_completed=done,
        )
        row["_units"] = p["units"]
        row["_code"] = code
        rows.append(row)
    return rows


def satu_kolom(rows: list[dict], header: str, rng: random.Random) -> tuple[list[str], list[list]]:
    head = [
        "No",
        "ID",
        "Nama Lembaga",
        "Sektor",
        "Jenis",
        "Provinsi",
        "Kabupaten/Kota",
        header,
        "Visi",
        "Mencari",
        "Aktif",
    ]
    out = []
    for i, row in enumerate(rows, 1):
        pieces = []
        for a in ASPECTS:
            text = row[f"offers_{a}"]
            if not text:
                continue
            cap = row[f"capacity_{a}"]
            if cap and a == "dana":
                text += f", senilai {rupiah_words(cap)}"
            elif cap:
                text += f" ({cap} {row['_units'].get(a) or UNITS[a]})"
            pieces.append(text)
        rng.shuffle(pieces)
        active = row["active"]
        aktif = {"tidak": "Tidak", "0": "Tidak", "": ""}.get(active.lower(), "Ya")
        out.append(
            [
                i,
                row["partner_id"],
                row["name"],
                row["sector"].capitalize(),
                KIND_LABELS[row["kind"]],
                row["province"],
                short_regency(row["regency"]),
                "; ".join(pieces),
                row["vision"],
                row["seeks"],
                aktif,
            ]
        )
    return head, out


def kapital(rows: list[dict], rng: random.Random) -> list[dict]:
    out = []
    for row in rows:
        new = {c: row[c] for c in COLUMNS}
        name = row["name"].upper()
        name = re.sub(r"^(PT|CV|UD)\s", r"\1. ", name)
        new["name"] = name
        if row["province"]:
            forms = KAPITAL_PROVINCES[row["_code"][:2]]
            new["province"] = forms[0] if rng.random() < 0.5 else rng.choice(forms)
        new["regency"] = kapital_regency(rng, row["_code"], row["regency"])
        new["region_code"] = new["lat"] = new["lon"] = ""
        new["active"] = row["active"].upper()
        out.append(new)
    return out


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    rng = random.Random(SEED)
    shapes = [["directory", "shape", "file"]]
    for base, prefix, header, block in DIRECTORIES:
        rows = build(base, prefix, block, rng)
        write_csv(HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows])
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(HERE / f"{base}_kapital.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in kap])
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
