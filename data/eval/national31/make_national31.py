"""Write the thirty-first held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Kediri"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national17/make_national17.py (copied, new seed,
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

Run from the directory's parent (standard library only)::

    python3 national31/make_national31.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20261231
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
    "35.06": ("Kabupaten Kediri", -7.82869, 112.08922),
    "35.71": ("Kota Kediri", -7.82637, 112.01612),
    "35.04": ("Kabupaten Tulungagung", -8.11347, 111.88772),
    "35.73": ("Kota Malang", -7.9783, 112.63591),
    "35.78": ("Kota Surabaya", -7.27432, 112.72358),
    "33.72": ("Kota Surakarta", -7.55789, 110.82314),
    "64.01": ("Kabupaten Paser", -1.73673, 116.09274),
    "64.09": ("Kabupaten Penajam Paser Utara", -1.15713, 116.59036),
    "64.71": ("Kota Balikpapan", -1.15667, 116.87229),
    "64.72": ("Kota Samarinda", -0.50028, 117.17706),
    "63.09": ("Kabupaten Tabalong", -1.86195, 115.50006),
    "63.71": ("Kota Banjarmasin", -3.32912, 114.5918),
    "53.08": ("Kabupaten Ende", -8.67636, 121.73544),
    "53.16": ("Kabupaten Nagekeo", -8.68974, 121.2732),
    "53.07": ("Kabupaten Sikka", -8.60934, 122.30665),
    "53.09": ("Kabupaten Ngada", -8.66454, 121.00157),
    "53.71": ("Kota Kupang", -10.20451, 123.60454),
    "52.71": ("Kota Mataram", -8.59015, 116.11096),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "31": "DKI Jakarta",
    "33": "Jawa Tengah",
    "35": "Jawa Timur",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "31": ["DKI JAKARTA", "DKI", "D.K.I. JAKARTA"],
    "33": ["JAWA TENGAH", "JATENG"],
    "35": ["JAWA TIMUR", "JATIM", "PROV. JATIM", "PROVINSI JAWA TIMUR", "JAWA TIMUR (JATIM)"],
    "52": ["NUSA TENGGARA BARAT", "NTB"],
    "53": ["NUSA TENGGARA TIMUR", "NTT", "PROV. NTT", "N.T.T", "PROVINSI NTT"],
    "63": ["KALIMANTAN SELATAN", "KALSEL"],
    "64": ["KALIMANTAN TIMUR", "KALTIM", "PROV. KALTIM", "PROVINSI KALIMANTAN TIMUR"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "35.06": [
        "!",
        "KAB. KEDIRI",
        "KEDIRI",
        "KAB KEDIRI",
        "KAB. KEDIRI (NGASEM)",
        "KEDIRI, JAWA TIMUR",
        "PARE",
    ],
    "35.71": ["KOTA KEDIRI", "KEDIRI KOTA", "KODYA KEDIRI"],
    "35.04": ["TULUNGAGUNG", "TULUNG AGUNG"],
    "35.73": ["MALANG", "KOTA MALANG", "KODYA MALANG"],
    "35.78": ["SURABAYA", "KOTA SURABAYA"],
    "33.72": ["SOLO", "SURAKARTA"],
    "64.01": [
        "!",
        "KAB. PASER",
        "PASER",
        "PASIR",
        "KAB. PASIR",
        "KAB. PASER (TANAH GROGOT)",
        "TANAH GROGOT",
        "TN. GROGOT",
    ],
    "64.09": ["PPU", "PENAJAM PASER UTARA", "KAB. PPU (PENAJAM)"],
    "64.71": ["BALIKPAPAN", "KOTA BALIKPAPAN", "BPP"],
    "64.72": ["SAMARINDA", "SMD"],
    "63.09": ["TABALONG", "KAB. TABALONG (TANJUNG)"],
    "63.71": ["BANJARMASIN", "BJM"],
    "53.08": [
        "!",
        "KAB. ENDE",
        "ENDE",
        "KAB ENDE",
        "KAB. ENDE (FLORES)",
        "ENDE - FLORES",
        "ENDE, NTT",
    ],
    "53.16": ["NAGEKEO", "KAB. NAGEKEO (MBAY)", "MBAY"],
    "53.07": ["SIKKA", "MAUMERE", "KAB. SIKKA (MAUMERE)"],
    "53.09": ["NGADA", "BAJAWA", "KAB. NGADA (BAJAWA)"],
    "53.71": ["KUPANG", "KOTA KUPANG"],
    "52.71": ["MATARAM"],
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
# 1. Jawa Timur: Kabupaten Kediri (35.06)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_kediri",
        "KDR",
        "Sokongan yang Dapat Diulurkan",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Kediri | 35.06 | p=pelatihan kewirausahaan dan keterampilan bagi calon dan purna pekerja migran: menjahit, olahan pangan, budidaya lele {40} | h=bursa kerja dan informasi lowongan AKAD di kawasan industri Jawa Timur {200}
dinas g | Dinas Koperasi dan Usaha Mikro Kabupaten Kediri | 35.06 | d=pinjaman dana bergulir bagi kelompok usaha mikro terdaftar, jasa 0,5 % per bulan, maks Rp 30 jt per kelompok {Rp 750.000.000} | t=pendamping PLUT KUMKM untuk pembukuan sederhana dan pemasaran daring {3}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Kediri | 35.06 | s=pinjam pakai mesin vacuum frying, spinner dan oven pengering di Rumah Kemasan Disperindag bagi IKM binaan {2} | p=fasilitasi PIRT, sertifikat halal dan desain label {30}
dinas g | Dinas Pertanian dan Perkebunan Kabupaten Kediri | 35.06 | t=penyuluh hortikultura nanas dan cabai di lereng Kelud {4} | s=bantuan alsintan pascapanen (pengering tenaga surya) bagi Poktan dan KWT terdaftar Simluhtan lewat proposal {3}
dinas g | Dinas Sosial Kabupaten Kediri | 35.06 | d=bantuan usaha KUBE bagi keluarga penerima manfaat yang tercatat di DTKS {Rp 20.000.000} | p=pelatihan keterampilan bagi penyandang disabilitas dan eks-PMI bermasalah yang dipulangkan {20}
dinas g | Dinas Pariwisata dan Kebudayaan Kabupaten Kediri | 35.06 | h=gerai oleh-oleh di kawasan Simpang Lima Gumul dan stan UMKM di Festival Kelud, produk dititipkan {40:produk} | t=narasumber sadar wisata {2}
dinas g | Dinas Ketahanan Pangan dan Peternakan Kab. Kediri | 35.06 | s=bantuan kolam terpal dan bibit lele bagi kelompok masyarakat lewat usulan desa {10} | p=pelatihan budidaya lele dan penggemukan kambing {25}
blk g | UPT Balai Latihan Kerja Kabupaten Kediri (Pare) | 35.06 | p=pelatihan berbasis kompetensi 240 JP: las, otomotif, menjahit, tata boga {64} | s=ruang praktik tata boga bisa dipinjam lembaga mitra hari Sabtu {1}
blk m | BLK Komunitas Ponpes Darul Falah Kras | 35.06 | p=pelatihan pengolahan hasil pertanian bagi santri dan warga sekitar {16} | s=mesin pengering kabinet bisa disewa per hari {1}
donor m | BAZNAS Kabupaten Kediri | 35.06 | d=Kediri Makmur: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 400.000.000}
donor m | LAZ Amanah Brantas Kediri | 35.06 | d=qardhul hasan bagi pedagang Pasar Pare, paling banyak Rp 3 jt per orang {Rp 60.000.000}
donor s | Bank Jatim Cabang Pare | 35.06 | d=KUR mikro dan kredit usaha bagi purna PMI sampai Rp 50 jt dengan agunan usaha {Rp 5 M}
donor s | CSR PG Kelud Manis (PT Gula Brantas Nusantara) | 35.06 | d=bantuan modal usaha bagi warga ring 1 pabrik gula di Desa Jambean dan Desa Ngadirejo, Kecamatan Kras {Rp 200.000.000} | s=hibah peralatan usaha bagi UMKM desa ring 1 {5}
donor s | TJSL PT Angkasa Dhoho Kediri (pengelola bandara) | 35.06 | d=hibah modal dan pelatihan bagi UMKM di desa terdampak bandara di Kecamatan Grogol, Banyakan dan Tarokan {Rp 250.000.000}
donor s | CSR PT Rokok Klobot Brantas | 35.71 | d=beasiswa dan bantuan sarana sekolah di Kota Kediri {Rp 300.000.000}
donor m | Yayasan Jaringan Buruh Migran Brantas | 35.06 | t=pendamping pembukuan dan pemasaran daring bagi kelompok purna PMI, datang dua minggu sekali {2} | p=sekolah wirausaha purna PMI 6 bulan di Kecamatan Kandangan dan Pare {30}
donor s | Program Hibah Desa Migran Produktif (seleksi nasional) | 31.74 | d=hibah modal usaha bagi kelompok purna pekerja migran seluruh Indonesia, proposal daring, maks Rp 25 jt per kelompok {Rp 25.000.000}
dudi s | Pusat Oleh-oleh Gumul | 35.06 | h=membeli putus tahu takwa kering, getuk pisang, stik tahu dan keripik nanas dari IKM ber-PIRT {800:bungkus/bulan}
dudi s | Toko Oleh-oleh Kampung Inggris Pare | 35.06 | h=titip jual camilan khas Kediri bagi pelajar kursus, bagi hasil 20 % {30:produk}
dudi s | Agrowisata Nanas Kelud Ngancar (kebun petik) | 35.06 | h=membeli nanas segar petani untuk dijual di kios petik {3:ton/minggu}
dudi s | CV Sari Nanas Kelud (pabrik sirup dan selai) | 35.06 | h=membeli nanas segar grade B dari petani dan kelompok untuk sirup {10:ton/bulan} | p=magang produksi sirup bagi calon karyawan {4}
dudi s | Toko Mesin Pengolahan Pangan Pare | 35.06 | s=jual vacuum frying, spinner dan oven pengering, bisa cicilan 12 bulan untuk kelompok
dudi s | Swalayan Brantas Jaya Pare | 35.06 | h=konsinyasi produk UMKM berlabel halal dan berbarcode {50:produk}
dudi s | Reseller Oleh-oleh Kediri Online | 35.06 | h=menjual tahu takwa, getuk pisang dan keripik nanas di marketplace, ambil putus dari kelompok {400:bungkus/bulan}
dudi s | Sentra Tahu Takwa Tinalan | 35.71 | p=magang produksi tahu takwa {3} | h=menerima karyawan produksi {5}
dudi s | Kafe dan Resto Kelud View Ngancar | 35.06 | h=membeli sirup dan selai nanas lokal untuk menu {20:botol/bulan} | p=PKL siswa tata boga {3}
dudi s | Distributor Pakan dan Bibit Ikan Wates | 35.06 | d=kredit pakan dibayar saat panen bagi pembudidaya mitra {Rp 100.000.000}
pkbm m | PKBM Tunas Harapan Ngancar | 35.06 | s=ruang kelas dan dapur praktik kecil untuk kegiatan kelompok {1} | t=tutor tata boga {1}
pkbm m | PKBM Mekar Sari Kandangan | 35.06 | p=kelas kesetaraan paket C bagi purna PMI, sore hari {30}
skb g | SKB Kabupaten Kediri | 35.06 | t=pamong belajar pendamping kewirausahaan dan literasi keuangan {2} | s=aula dan ruang komputer {2}
smk m | SMK Negeri 1 Plosoklaten (Agribisnis Pengolahan Hasil Pertanian) | 35.06 | s=ruang produksi dengan oven pengering dan vacuum frying bisa dipakai kelompok masyarakat dengan jadwal {1} | t=guru produktif APHP {1}
smk m | SMK PGRI Pare (Akuntansi dan Bisnis Digital) | 35.06 | t=guru akuntansi dan siswa pendamping pembukuan UMKM {2} | p=pelatihan pemasaran digital untuk UMKM {25}
lkp m | LKP Tata Boga Ayu Lestari Pare | 35.06 | p=kursus tata boga dan kue basah {20} | h=penyaluran alumni ke katering {5}
lkp m | LKP Bahasa Global English Pare | 35.06 | p=kursus bahasa Inggris dan Mandarin untuk calon PMI {40} | t=tutor bahasa {3}
perguruan_tinggi m | Universitas Brantas Kediri (Fakultas Teknologi Pertanian) | 35.71 | t=dosen pendamping uji umur simpan dan izin edar olahan buah {2} | s=laboratorium pengolahan dengan freeze dryer dan cabinet dryer bisa dipakai mitra desa binaan {1}
perguruan_tinggi m | Universitas Arjuno Malang (KKN Tematik) | 35.73 | t=mahasiswa KKN pendamping pemasaran daring UMKM, penerjunan tiap Juli {10} | p=pelatihan kewirausahaan di lokasi KKN {30}
ormas m | TP PKK Kabupaten Kediri | 35.06 | p=kader PKK penggerak {40} | h=bazar UMKM di Simpang Lima Gumul tiap Minggu pagi {25:produk}
ormas m | Dekranasda Kabupaten Kediri | 35.06 | h=galeri produk unggulan dan kurasi untuk pameran {30:produk} | p=pelatihan desain kemasan {20}
ormas m | Paguyuban Purna PMI Sumber Rejeki Pare | 35.06 | t=anggota senior berbagi pengalaman usaha sepulang dari Hong Kong dan Taiwan {2} | k=modal usaha dan pelatihan untuk anggota
tokoh_masyarakat m | Pak Kasno (Kepala Desa Sugihwaras, Ngancar) | 35.06 | t=menggerakkan petani nanas dan kelompok ibu {1} | s=balai desa untuk kegiatan {1}
tokoh_masyarakat m | Bu Siti Aminah (perajin keripik nanas senior Ngancar) | 35.06 | t=mau mengajari cara menggoreng vakum supaya keripik renyah {1}
pusat_karya m | Sentra IKM Getuk Pisang dan Keripik Gurah | 35.06 | s=ruang produksi bersama dengan vacuum frying dan mesin pengemas, sewa Rp 50 ribu per hari {1}
koperasi m | Koperasi Wanita Sekar Kelud Ngancar | 35.06 | d=simpan pinjam anggota dengan angsuran mingguan {Rp 200.000.000} | h=toko koperasi menjual olahan anggota {20:produk}
bumdes m | BUMDes Sugihwaras Makmur (Ngancar) | 35.06 | s=rumah produksi desa dengan oven pengering untuk olahan nanas warga {1} | h=kios wisata di jalur Kelud {30:produk}
bumdes m | BUMDes Jaya Kandangan | 35.06 | d=pinjaman modal usaha bagi warga Desa Kandangan, maks Rp 5 jt per orang {Rp 100.000.000}
dudi s | Pusat Oleh-oleh Kelud Wisata | 35.06 tidak | h=membeli keripik nanas dan dodol nanas dari kelompok rumahan {500:bungkus/bulan}
donor m | Yayasan Purna Migran Sejahtera Kediri | 35.06 tidak | d=modal usaha bergulir bagi kelompok purna PMI {Rp 150.000.000} | p=pelatihan usaha {20}
dudi s | Toko Oleh-oleh Pare | 35.06 x | h=bisa titip
ormas m | Karang Taruna Kecamatan Puncu | 35.06 x | p=pelatihan
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Timur | 35.78 | d=bantuan modal wirausaha baru bagi kelompok purna PMI se-Jawa Timur lewat proposal kelompok {Rp 30.000.000} | p=pelatihan di UPT Pelatihan Kerja Surabaya {16}
dudi s | Toko Oleh-oleh Tulungagung | 35.04 | h=membeli keripik buah dan dodol dari IKM Jawa Timur {300:bungkus/bulan}
donor s | CSR PT Marmer Tulungagung | 35.04 | d=bantuan modal usaha bagi warga ring 1 tambang marmer di Kecamatan Campurdarat {Rp 150.000.000}
dudi s | Toko Mesin Pangan Surakarta | 33.72 | s=jual mesin vacuum frying dan pengering, dikirim ke seluruh Jawa
dudi s | Toko Daring Camilan Nusantara Jakarta | 31.74 | h=membeli keripik nanas Kelud tiap bulan, dikirim ekspedisi {500:bungkus/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Kalimantan Timur: Kabupaten Paser (64.01)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_paser",
        "PSR",
        "Bantuan yang Siap Disalurkan Mitra",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Paser | 64.01 | p=pelatihan berbasis kompetensi di UPTD BLK Tanah Grogot: operator forklift, las, menjahit {48} | h=bursa kerja dan informasi lowongan perusahaan tambang dan sawit di Paser {300}
dinas g | Dinas Koperasi dan UKM Kabupaten Paser | 64.01 | d=dana bergulir bagi UMKM dan kelompok perajin binaan, maks Rp 20 jt per kelompok {Rp 400.000.000} | p=pendampingan NIB dan pemasaran daring {30}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Paser | 64.01 | t=fasilitator IKM kerajinan untuk pengembangan desain produk anyaman {1} | h=temu bisnis dengan pembeli dari Balikpapan, tanpa membeli langsung
dinas g | Dinas Kebudayaan dan Pariwisata Kabupaten Paser | 64.01 | h=gerai kerajinan di Museum Sadurengas Pasir Belengkong dan stan di Festival Budaya Paser {30:produk} | t=pamong budaya pendamping sanggar tari {2}
dinas g | Dinas Sosial Kabupaten Paser | 64.01 | d=bantuan usaha KUBE bagi keluarga DTKS {Rp 20.000.000} | p=pelatihan keterampilan bagi penyandang disabilitas {15}
dinas g | UPTD KPH Kendilo (Dinas Kehutanan Provinsi Kalimantan Timur) | 64.01 | s=bibit rotan untuk kelompok tani hutan pemegang izin perhutanan sosial {2000:bibit} | t=penyuluh kehutanan HHBK rotan {2}
dinas g | Dinas Pendidikan Kabupaten Paser (Bidang PNF) | 64.01 | d=BOP kesetaraan bagi PKBM terakreditasi {Rp 15.000.000} | p=bimtek tutor kesetaraan {30}
blk g | UPTD BLK Kabupaten Paser (Tanah Grogot) | 64.01 | t=instruktur las dan mekanik otomotif {2} | s=simulator excavator dan bengkel mekanik bisa dipinjam lembaga mitra di luar jadwal {1} | p=pelatihan mekanik alat berat dasar 160 JP {16}
donor m | BAZNAS Kabupaten Paser | 64.01 | d=zakat produktif berupa modal dan alat usaha bagi mustahik {Rp 250.000.000}
donor s | CSR PT Batu Sopang Coal Mining | 64.01 | d=bantuan modal usaha bagi warga ring 1 tambang di Kecamatan Batu Sopang dan Muara Samu {Rp 500.000.000} | p=magang operator alat berat bagi pemuda ring 1 Batu Sopang dan Muara Samu {20} | h=rekrutmen operator dan mekanik dari desa ring 1 {30}
donor s | CSR PT Sawit Kendilo Lestari (kebun dan PKS) | 64.01 | d=bantuan UMKM di desa sekitar kebun di Kecamatan Long Ikis {Rp 150.000.000} | h=rekrutmen mekanik PKS dan operator alat berat kebun {10}
donor s | Bankaltimtara Cabang Tanah Grogot | 64.01 | d=KUR mikro bagi perajin dan pedagang hingga Rp 50 jt {Rp 4 M}
donor m | Yayasan Anyaman Nusantara Lestari | 64.71 | t=desainer pendamping anyaman rotan, datang ke Paser sebulan sekali {1} | h=membeli tas anyaman untuk toko yayasan di Balikpapan {100:buah/bulan}
donor s | Program Hibah Kriya Nusantara (seleksi nasional) | 31.74 | d=hibah bahan baku bagi kelompok perajin seluruh Indonesia, proposal daring {Rp 15.000.000}
donor s | TJSL PT Migas Penajam | 64.09 | d=bantuan modal bagi UMKM ring 1 di Kecamatan Babulu, Penajam Paser Utara {Rp 200.000.000} | p=pelatihan operator alat berat bagi pemuda PPU {15}
dudi s | PT Grogot Mandiri Kontraktor (jasa penambangan) | 64.01 | p=OJT operator excavator dan dump truck 3 bulan bagi lulusan LPK mitra, dengan pengurusan SIO {10} | h=merekrut lulusan OJT terbaik {8}
dudi s | CV Rental Alat Berat Kuaro | 64.01 | s=sewa excavator per jam untuk praktik {1} | h=merekrut operator berpengalaman minimal 2 tahun {3}
dudi s | Bengkel Alat Berat Tanah Grogot | 64.01 | p=magang mekanik alat berat 2 bulan {4} | h=merekrut mekanik {2}
dudi s | PT Kebun Sawit Long Kali Jaya | 64.01 | p=magang pemanen dan perawatan kebun sawit {10} | h=merekrut pemanen {40}
dudi s | Dealer Alat Berat Balikpapan | 64.71 | p=pelatihan operator bagi perusahaan pembeli unit {10} | t=instruktur operator bersertifikat {2}
dudi s | Galeri Kerajinan Khas Paser Tanah Grogot | 64.01 | h=membeli putus tas, tikar dan topi anyaman rotan dan purun dari perajin {150:buah/bulan}
dudi s | Toko Oleh-oleh Pantai Pasir Mayang | 64.01 | h=titip jual kerajinan dan makanan khas Paser, bagi hasil 20 % {30:produk}
dudi s | Pengepul Rotan Long Ikis | 64.01 | h=menjual rotan sega dan rotan jahab kering ke perajin {2:ton/bulan}
dudi s | Hotel Kendilo Tanah Grogot | 64.01 | h=memesan suvenir anyaman kecil untuk tamu dan seminar {100:buah/bulan} | p=PKL perhotelan {3}
dudi s | Toko Bahan Kerajinan Tanah Grogot | 64.01 | s=jual pewarna, pernis dan alat anyam
dudi s | Reseller Kerajinan Kalimantan Online (Tanah Grogot) | 64.01 | h=menjual tas anyaman dan manik di marketplace, ambil putus dari perajin {200:buah/bulan}
dudi s | Rumah Makan Ikan Bakar Kandilo | 64.01 | h=merekrut juru masak {2}
pkbm m | PKBM Sadurengas Pasir Belengkong | 64.01 | t=tutor kesetaraan dan tutor keterampilan menjahit {2} | s=ruang kelas untuk kegiatan kelompok {1}
pkbm m | PKBM Bina Warga Kuaro | 64.01 | p=warga belajar paket C yang mencari tempat magang {20}
smk m | SMK Negeri 1 Tanah Grogot (Teknik Alat Berat) | 64.01 | s=unit excavator mini dan bengkel alat berat dipinjamkan saat libur sekolah {1} | t=guru produktif alat berat {1}
smk m | SMK Negeri 2 Tanah Grogot (Kriya Kreatif Kayu dan Rotan) | 64.01 | t=guru kriya rotan bisa mengajar desain anyaman di kelompok, sore hari {1} | s=bengkel kriya {1}
lkp m | LPK Operator Alat Berat Borneo Kuaro | 64.01 | p=kursus operator excavator 1 bulan berbayar Rp 7 jt {12} | h=menyalurkan alumni sendiri ke kontraktor mitra {8}
lkp m | LKP Menjahit dan Bordir Tanah Grogot | 64.01 | p=kursus menjahit {12}
perguruan_tinggi m | Universitas Mahakam Raya Samarinda (KKN) | 64.72 | t=mahasiswa KKN pendamping pemasaran daring produk kerajinan {8} | p=pelatihan branding {20}
ormas m | TP PKK Kabupaten Paser | 64.01 | p=kader penggerak {30} | h=bazar UMKM di Tanah Grogot tiap akhir bulan {20:produk}
ormas m | Dekranasda Kabupaten Paser | 64.01 | t=pelatih anyaman senior binaan Dekranasda untuk pelatihan desain tas dan pewarnaan alami {2} | h=galeri Dekranasda dan kurasi pameran Inacraft {40:produk}
ormas m | Lembaga Adat Paser Kecamatan Pasir Belengkong | 64.01 | t=tetua adat penggerak kegiatan budaya {2} | p=sosialisasi ke warga desa {50}
ormas m | Asosiasi Kontraktor Tambang Paser | 64.01 | h=menyampaikan lowongan operator dari anggota, tanpa merekrut langsung
tokoh_masyarakat m | Ibu Jamilah (penganyam senior Paser) | 64.01 | t=mau mengajari motif anyaman tradisional Paser dua kali seminggu {1}
tokoh_masyarakat m | Pak Rusdi (operator excavator senior, mantan mandor tambang) | 64.01 | t=mau menjadi instruktur tamu operator {1}
pusat_karya m | Sanggar Anyaman Purun Kuaro | 64.01 | h=membeli anyaman setengah jadi untuk difinishing {100:buah/bulan} | t=instruktur anyaman purun {1}
koperasi m | Koperasi Karyawan Tambang Batu Sopang | 64.01 | d=simpan pinjam bagi anggota karyawan {Rp 300.000.000} | h=toko koperasi {10:produk}
bumdes m | BUMDes Belengkong Berjaya | 64.01 | s=ruang pamer dan kerja bersama bagi perajin desa {1} | h=etalase kerajinan desa {30:produk}
dudi s | Galeri Rotan Paser Indah | 64.01 tidak | h=membeli tas anyaman dari kelompok {200:buah/bulan}
dudi s | PT Jasa Tambang Kuaro | 64.01 tidak | p=OJT operator excavator bagi lulusan LPK {12} | h=merekrut operator lulusan OJT {10}
dudi s | Toko Kerajinan Tanah Grogot | 64.01 x | h=bisa titip
ormas m | Karang Taruna Long Ikis | 64.01 x | p=pelatihan
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalimantan Timur | 64.72 | p=pemagangan dalam negeri di perusahaan tambang mitra se-Kaltim, peserta diusulkan lembaga pelatihan {30} | h=penempatan lulusan pemagangan {20}
dudi s | Kontraktor Tambang Tabalong | 63.09 | p=OJT operator excavator 3 bulan {10} | h=merekrut operator {10}
dudi s | Toko Oleh-oleh Khas Kalimantan Balikpapan | 64.71 | h=membeli kerajinan anyaman Kalimantan, termasuk dari Paser {200:buah/bulan}
dudi s | Pusat Kerajinan Banjarmasin | 63.71 | h=titip jual kerajinan khas Banjar {50:produk}
blk g | UPTD BLK Kabupaten Penajam Paser Utara | 64.09 | p=pelatihan operator alat berat bagi warga PPU {16}
dudi s | Toko Daring Kerajinan Nusantara Jakarta | 31.74 | h=membeli tas anyaman rotan dari Kalimantan tiap bulan {300:buah/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Nusa Tenggara Timur: Kabupaten Ende (53.08)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_ende",
        "END",
        "Andil Lembaga dalam Kemitraan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Ende | 53.08 | p=pelatihan berbasis kompetensi barista, menjahit dan las di UPTD BLK Ende {48} | h=informasi lowongan hotel di Labuan Bajo {50}
dinas g | Dinas Koperasi dan UKM Kabupaten Ende | 53.08 | d=dana bergulir bagi kelompok usaha binaan, maks Rp 15 jt per kelompok {Rp 300.000.000} | p=pendampingan pemasaran daring {25}
dinas g | Dinas Perindustrian Kabupaten Ende | 53.08 | s=pinjam pakai mesin sangrai kopi dan grinder di rumah produksi IKM bersama di Kota Ende {2} | t=fasilitator IKM kopi {1}
dinas g | Dinas Pariwisata dan Kebudayaan Kabupaten Ende | 53.08 | h=galeri tenun ikat di Taman Renungan Bung Karno dan stan pada Festival Kelimutu, produk dititipkan {30:lembar} | t=narasumber sadar wisata {2}
dinas g | Dinas Pertanian Kabupaten Ende (Bidang Perkebunan) | 53.08 | t=penyuluh perkebunan kopi arabika Detusoko dan kemiri {3} | s=bantuan mesin pengupas kopi (pulper) bagi poktan terdaftar {3}
dinas g | Dinas Sosial Kabupaten Ende | 53.08 | d=bantuan usaha KUBE bagi keluarga DTKS {Rp 20.000.000} | p=pelatihan keterampilan bagi penyandang disabilitas {15}
dinas g | Dinas Pendidikan dan Kebudayaan Kab. Ende (Bidang PNF) | 53.08 | d=BOP PKW kursus wirausaha bagi PKBM terakreditasi {Rp 20.000.000} | p=bimtek tutor {30}
dinas g | Balai Taman Nasional Kelimutu | 53.08 | p=pelatihan pemandu wisata alam bagi warga desa penyangga {20} | h=kios UMKM di pintu masuk Moni menjual tenun dan kopi warga desa penyangga di Kecamatan Kelimutu, Detusoko dan Ndona {20:produk}
blk g | UPTD BLK Kabupaten Ende | 53.08 | t=instruktur barista bersertifikat BNSP, bisa diperbantukan ke lembaga mitra {1} | s=ruang praktik barista dengan mesin espresso {1} | p=pelatihan barista 160 JP {16}
donor m | BAZNAS Kabupaten Ende | 53.08 | d=zakat produktif berupa modal usaha bagi mustahik {Rp 200.000.000}
donor m | Yayasan Karya Sosial Keuskupan Ende (PSE) | 53.08 | d=modal usaha bergulir bagi kelompok perempuan di paroki-paroki Lio, maks Rp 20 jt {Rp 300.000.000} | p=pelatihan pewarna alami tenun {20}
donor s | Bank NTT Cabang Ende | 53.08 | d=KUR mikro dan kredit usaha bagi perajin sampai Rp 25 jt {Rp 3 M}
donor s | CSR PT Geotermal Sokoria Energi | 53.08 | d=bantuan modal usaha bagi warga ring 1 PLTP di Desa Sokoria, Kecamatan Ndona Timur {Rp 250.000.000} | s=hibah mesin sangrai bagi kelompok kopi ring 1 {2}
donor s | Program Hibah Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah benang dan pewarna bagi kelompok penenun, proposal daring {Rp 20.000.000}
donor m | Yayasan Kopi Flores Lestari | 53.09 | t=pelatih roasting dan cupping, datang ke kelompok di Ende sebulan sekali {1} | s=hibah roaster kecil 1 kg bagi kelompok pemuda {2}
dudi s | Toko Tenun Ikat Mbongawani | 53.08 | h=membeli putus kain tenun ikat Lio dan sarung dari kelompok penenun {40:lembar/bulan}
dudi s | Art Shop Moni Kelimutu | 53.08 | h=titip jual tenun ikat, selendang dan kopi bubuk, bagi hasil 25 % {30:produk}
dudi s | Pondok Kopi Lio Detusoko | 53.08 | h=membeli kopi sangrai arabika Detusoko dari kelompok {50:kg/bulan} | p=magang barista {3}
dudi s | Pengepul Kopi Gelondong Detusoko | 53.08 | h=membeli kopi gelondong merah dari petani {5:ton/bulan}
dudi s | Toko Benang dan Pewarna Tenun Ende | 53.08 | s=jual benang katun dan pewarna sintetis, bisa bon untuk kelompok
dudi s | Hotel Flores Permai Ende | 53.08 | h=memesan selendang tenun untuk kalung penyambutan tamu dan dekorasi kamar {60:lembar/bulan}
dudi s | Tour Operator Kelimutu Trekking | 53.08 | h=paket wisata kampung tenun, menyalurkan tamu ke desa penenun {100:tamu/bulan}
dudi s | Toko Mesin Kopi Ende | 53.08 | s=jual mesin sangrai dan grinder, bisa cicilan
dudi s | Swalayan Ende Jaya | 53.08 | h=konsinyasi kopi bubuk berlabel PIRT {30:produk}
dudi s | Reseller Tenun Flores Online (Ende) | 53.08 | h=menjual kain tenun ikat di marketplace, ambil putus dari kelompok {20:lembar/bulan}
dudi s | Usaha Busana Tenun Ende | 53.08 | h=membeli kain tenun ikat untuk dijahit jadi kemeja dan tas {25:lembar/bulan}
pkbm m | PKBM Wolowaru Cerdas | 53.08 | t=tutor keterampilan menenun {1} | s=ruang kelas {1}
skb g | SKB Kabupaten Ende | 53.08 | t=pamong belajar pendamping kewirausahaan {2} | s=aula {1}
smk m | SMK Negeri 1 Ende (Perhotelan dan Tata Boga) | 53.08 | s=dapur dan ruang barista dipinjamkan saat libur sekolah {1} | t=guru tata boga {1}
smk m | SMK Negeri Detusoko (Agribisnis Tanaman Perkebunan) | 53.08 | s=unit pengolahan kopi (pulper, huller, roaster 2 kg) dipakai bersama kelompok masyarakat {1} | t=guru produktif pengolahan kopi {1}
lkp m | LKP Flores Coffee School Ende | 53.08 | p=kursus barista 1 bulan berbayar {10} | h=menyalurkan alumni sendiri ke kafe {5}
perguruan_tinggi m | Universitas Kelimutu Ende (Prodi Agroteknologi) | 53.08 | t=dosen pendamping mutu kopi dan uji citarasa (cupping) {2} | s=laboratorium cupping dan roaster sampel {1}
ormas m | TP PKK Kabupaten Ende | 53.08 | p=kader penggerak {30} | h=bazar UMKM di Lapangan Pancasila tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Ende | 53.08 | h=galeri dan kurasi tenun ikat untuk pameran nasional {30:lembar} | p=pelatihan desain motif {20}
ormas m | Komunitas Pemuda Kopi Ende | 53.08 | t=barista muda berbagi cara menyangrai, sukarela dua kali sebulan {2}
tokoh_masyarakat m | Mama Yuliana (penenun senior Nggela) | 53.08 | t=mau mengajar ikat dan pewarna alami {1}
tokoh_masyarakat m | Pak Yohanes (petani dan penyangrai kopi Detusoko) | 53.08 | t=mau mengajar sangrai kopi di PKBM dua kali seminggu {1} | s=meminjamkan roaster kecilnya saat kelas {1}
pusat_karya m | Sanggar Tenun Ikat Lio Wolotopo | 53.08 | h=menjual hasil tenun anggota sanggar kepada wisatawan {40:lembar}
koperasi m | Koperasi Kredit Sehati Ende | 53.08 | d=pinjaman produktif bagi anggota setelah 3 bulan menabung {Rp 500.000.000}
bumdes m | BUMDes Nggela Sejahtera | 53.08 | h=kios tenun di rumah adat Nggela untuk wisatawan {30:lembar} | s=rumah tenun bersama {1}
dudi s | Galeri Tenun Ikat Kelimutu | 53.08 tidak | h=membeli putus tenun ikat dari kelompok penenun {50:lembar/bulan}
dudi s | Roastery Kopi Ende Lestari | 53.08 tidak | t=penyangrai berpengalaman melatih kelompok {2} | s=meminjamkan mesin sangrai {1}
dudi s | Toko Souvenir Ende | 53.08 x | h=bisa titip
ormas m | Orang Muda Katolik Paroki Detusoko | 53.08 x | p=pelatihan
dudi s | Toko Tenun Maumere | 53.07 | h=membeli kain tenun Sikka dan Ende {30:lembar/bulan}
dudi s | Roastery Kopi Maumere | 53.07 | t=penyangrai melatih kelompok dengan bayaran {1} | h=membeli green bean dari petani Flores {1:ton/bulan}
blk g | UPTD BLK Provinsi Nusa Tenggara Timur (Kupang) | 53.71 | t=instruktur barista dan roasting {2} | p=pelatihan barista 160 JP {16}
dudi s | Toko Oleh-oleh Kupang | 53.71 | h=titip jual tenun NTT {50:produk}
dudi s | Galeri Tenun Mataram | 52.71 | h=membeli songket dan tenun Lombok {40:lembar/bulan}
dudi s | Toko Daring Wastra Jakarta | 31.74 | h=membeli tenun ikat Ende-Lio tiap bulan, dikirim ekspedisi {20:lembar/bulan}
dinas g | Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur | 53.71 | h=pengadaan kain tenun untuk seragam ASN provinsi dari kelompok penenun se-NTT {200:lembar/tahun}
dudi s | Kafe Mbay | 53.16 | h=membeli kopi sangrai Flores {20:kg/bulan}
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
